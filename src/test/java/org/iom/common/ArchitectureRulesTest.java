package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of issue 18 that the compiler cannot see, read from {@code src/main/java} as source (no Quarkus
 * boot): small classes and methods, no SQL text in services and resources, and one class for each of the chores that
 * had several (UUIDv7 ids, CSV, merge patch). Methods are measured on the parsed source (JavaParser, ADR 0045), so a
 * method's length is its declaration's lines, annotations included, its javadoc not. A rule an ADR lifts for a named
 * class or method is listed here with the ADR's number; today there is none.
 */
class ArchitectureRulesTest {

    static final Path MAIN = Path.of("src/main/java");
    static final int MAX_CLASS_LINES = 300;
    static final int MAX_METHOD_LINES = 50;

    /** SQL text as issue 18 names it: a query, an insert, an update, a delete, a common table expression. */
    static final Pattern SQL = Pattern.compile("\\bselect\\b[\\s\\S]*\\bfrom\\b|\\binsert\\s+into\\b"
            + "|\\bupdate\\s+\\w+[\\s\\S]*\\bset\\b|\\bdelete\\s+from\\b|\\bwith\\b[\\s\\S]*\\bas\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    /** What jackson-dataformat-csv writes with (a wildcard import too). */
    static final Set<String> CSV_WRITING = Set.of("com.fasterxml.jackson.dataformat.csv.CsvGenerator",
            "com.fasterxml.jackson.dataformat.csv.CsvMapper", "com.fasterxml.jackson.dataformat.csv.CsvSchema",
            "com.fasterxml.jackson.dataformat.csv");

    /** What a schema overlay holds (ADR 0047), by the attribute names of {@code @Schema}. */
    static final Set<String> SCHEMA_PROSE = Set.of("description", "example", "title", "minimum", "maximum",
            "minLength", "maxLength", "minItems", "maxItems", "pattern", "enumeration");
    static final Set<String> PARAMETER_ANNOTATIONS = Set.of("QueryParam", "PathParam", "HeaderParam", "RestQuery",
            "RestPath", "RestHeader", "FormParam");

    static Map<String, CompilationUnit> sources;

    @BeforeAll
    static void parse() throws IOException {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                ParseResult<CompilationUnit> result = parser.parse(file);
                assertTrue(result.isSuccessful(), file + ": " + result.getProblems());
                sources.put(MAIN.relativize(file).toString().replace('\\', '/'), result.getResult().orElseThrow());
            }
        }
        assertTrue(sources.size() > 100, "src/main/java read: " + sources.size() + " files");
    }

    @Test
    void noClassFileIsOver300Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (String file : sources.keySet()) {
            long lines;
            try (Stream<String> s = Files.lines(MAIN.resolve(file))) {
                lines = s.count();
            }
            if (lines > MAX_CLASS_LINES) {
                long_.add(file + " (" + lines + " lines)");
            }
        }
        assertEquals(List.of(), long_, "class files over " + MAX_CLASS_LINES + " lines");
    }

    @Test
    void noMethodIsOver50Lines() {
        List<String> long_ = new ArrayList<>();
        sources.forEach((file, unit) -> {
            for (CallableDeclaration<?> m : unit.findAll(CallableDeclaration.class)) {
                int lines = m.getEnd().orElseThrow().line - m.getBegin().orElseThrow().line + 1;
                if (lines > MAX_METHOD_LINES) {
                    long_.add(file + "#" + m.getNameAsString() + " (" + lines + " lines)");
                }
            }
        });
        assertEquals(List.of(), long_, "methods and constructors over " + MAX_METHOD_LINES + " lines");
    }

    @Test
    void noServiceOrResourceHoldsSqlText() {
        List<String> found = new ArrayList<>();
        sources.forEach((file, unit) -> {
            for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                String name = type.getNameAsString();
                if (name.endsWith("Service") || name.endsWith("Resource")) {
                    texts(type).stream().filter(t -> SQL.matcher(t).find()).forEach(t -> found.add(file + " " + name
                            + ": " + t.strip().lines().findFirst().orElse("")));
                }
            }
        });
        assertEquals(List.of(), found, "SQL text in a *Service or *Resource (it belongs in a *Query or *Repository)");
    }

    @Test
    void oneClassMakesUuidV7Ids() {
        assertEquals(List.of("org/iom/common/Ids.java"), filesWhere(unit -> unit.findAll(ObjectCreationExpr.class)
                .stream().anyMatch(n -> n.getType().getNameAsString().equals("UUID"))),
                "classes that build a UUID from its bits (common/Ids is the one UUIDv7 generator)");
    }

    @Test
    void oneClassWritesCsv() {
        assertEquals(List.of("org/iom/common/csv/CsvWriter.java"), filesWhere(unit -> unit.getImports().stream()
                        .map(ImportDeclaration::getNameAsString).anyMatch(CSV_WRITING::contains)
                        || unit.findAll(MethodCallExpr.class).stream()
                                .anyMatch(c -> c.getNameAsString().equals("createGenerator"))),
                "classes that write with jackson-dataformat-csv (common/csv/CsvWriter is the one CSV writer; reading"
                        + " with its CsvParser is the import's)");
        assertEquals(List.of("org/iom/common/csv/CsvWriter.java"), filesWhere(unit -> implementing(unit,
                "MessageBodyWriter")), "response body writers (common/csv/CsvWriter is the one)");
    }

    @Test
    void oneMergePatchReader() {
        assertEquals(List.of("org/iom/common/MergePatchReader.java"), filesWhere(unit -> implementing(unit,
                        "MessageBodyReader")),
                "request body readers (common/MergePatchReader is the one merge-patch reader)");
        assertEquals(List.of("org/iom/common/MergePatch.java"), filesWhere(unit -> unit
                        .findAll(StringLiteralExpr.class).stream().anyMatch(s -> s.getValue().contains("merge-patch"))),
                "classes naming the merge-patch media type (use MergePatch.MEDIA_TYPE)");
    }

    /**
     * A schema's prose and documented bounds are in {@code openapi/schemas/<package>.yaml} (ADR 0047): an
     * {@code @Schema} on a type, a record component or a field says only what the code decides (name, nullable,
     * required, implementation, type, extensions...). Query, path and header parameters are documented with their
     * operation, so a {@code @BeanParam} record's components are not schemas and are left out.
     */
    @Test
    void schemaProseLivesInTheOverlays() {
        List<String> found = new ArrayList<>();
        sources.forEach((file, unit) -> unit.findAll(NormalAnnotationExpr.class).forEach(schema -> {
            Node on = schema.getParentNode().orElseThrow();
            boolean declaration = on instanceof TypeDeclaration<?> || on instanceof FieldDeclaration
                    || on instanceof Parameter p && p.getParentNode().filter(RecordDeclaration.class::isInstance)
                            .isPresent() && PARAMETER_ANNOTATIONS.stream().noneMatch(p::isAnnotationPresent);
            if (schema.getNameAsString().equals("Schema") && declaration) {
                schema.getPairs().stream().map(MemberValuePair::getNameAsString).filter(SCHEMA_PROSE::contains)
                        .forEach(name -> found.add(file + ":" + schema.getBegin().map(b -> b.line).orElse(0) + " "
                                + name));
            }
        }));
        assertEquals(List.of(), found, "@Schema prose or bounds in Java: they belong in openapi/schemas (ADR 0047)");
    }

    private static boolean implementing(CompilationUnit unit, String type) {
        return unit.findAll(ClassOrInterfaceDeclaration.class).stream().anyMatch(t -> t.getImplementedTypes().stream()
                .anyMatch(i -> i.getNameAsString().equals(type)));
    }

    private static List<String> filesWhere(java.util.function.Predicate<CompilationUnit> test) {
        return sources.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** The type's string literals and text blocks, a chain of literals joined by {@code +} read as one text. */
    private static List<String> texts(ClassOrInterfaceDeclaration type) {
        List<String> texts = new ArrayList<>();
        for (LiteralStringValueExpr literal : type.findAll(LiteralStringValueExpr.class)) {
            if (literal instanceof TextBlockLiteralExpr block) {
                texts.add(block.asString());
            } else if (literal instanceof StringLiteralExpr string && !partOfConcatenation(string)) {
                texts.add(string.asString());
            }
        }
        for (BinaryExpr plus : type.findAll(BinaryExpr.class, b -> b.getOperator() == BinaryExpr.Operator.PLUS
                && !partOfConcatenation(b))) {
            StringBuilder text = new StringBuilder();
            plus.walk(StringLiteralExpr.class, s -> text.append(s.asString()));
            texts.add(text.toString());
        }
        return texts;
    }

    private static boolean partOfConcatenation(Expression e) {
        return e.getParentNode().filter(p -> p instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS)
                .isPresent();
    }
}
