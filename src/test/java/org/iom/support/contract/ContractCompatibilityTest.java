package org.iom.support.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Clients are built against the contract, so a change that breaks them must be deliberate: the working-tree
 * {@code openapi/iom-api.yaml} is compared with the contract on {@code main} (openapi-diff), and a breaking change
 * (a removed operation, field or enum value, a new required input, a narrowed type...) fails the build unless
 * {@code info.version} has a new major number ({@code quarkus.smallrye-openapi.info-version}).
 *
 * <p>The contract on main it compares with: on a branch, the fork point ({@code git merge-base HEAD main}); on main
 * itself, the previous commit ({@code HEAD~1}, for a merge its first parent: main before the merge). Override with
 * {@code -Dcontract.base=REF} or {@code CONTRACT_BASE=REF}. Without git, a repository, a main branch or the file at
 * that commit (e.g. a shallow clone), the check is skipped with the reason.
 */
class ContractCompatibilityTest {

    private static final Path CONTRACT = ContractValidationFilter.COMMITTED;

    @Test
    void noBreakingChangeWithoutANewMajorVersion() throws Exception {
        Optional<String> ref = baseRef();
        Assumptions.assumeTrue(ref.isPresent(), "Contract compatibility not checked: " + skipReason);
        Optional<String> old = git("show", ref.get() + ":openapi/iom-api.yaml");
        Assumptions.assumeTrue(old.isPresent(), "Contract compatibility not checked: no openapi/iom-api.yaml at "
                + ref.get());
        String current = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        System.out.println("Contract compatibility: " + CONTRACT + " compared with " + ref.get() + " ("
                + git("rev-parse", "--short", ref.get()).orElse("?") + ")");
        Verdict verdict = judge(old.get(), current);
        System.out.println("Contract compatibility: " + verdict.summary());
        if (!verdict.acceptable()) {
            fail(verdict.summary() + "\n" + verdict.report());
        }
    }

    // -- the rule, proved on small documents ---------------------------------------------------------------------

    @Test
    void removingAnOperationIsBreakingUnlessTheMajorVersionChanges() {
        String both = api("1.0.0", OP_A + OP_B);
        String onlyA = api("1.0.0", OP_A);
        assertTrue(judge(both, both).acceptable());
        assertTrue(judge(onlyA, both).acceptable(), "adding an operation is compatible");
        Verdict removed = judge(both, onlyA);
        assertTrue(removed.breaking());
        assertTrue(!removed.acceptable() && removed.summary().contains("1.0.0"), removed.summary());
        assertTrue(judge(both, api("1.1.0", OP_A)).breaking() && !judge(both, api("1.1.0", OP_A)).acceptable(),
                "a minor bump does not excuse a breaking change");
        assertTrue(judge(both, api("2.0.0", OP_A)).acceptable(), "a new major version may break");
    }

    @Test
    void narrowingAResponseTypeOrAddingARequiredParameterIsBreaking() {
        String before = api("1.0.0", OP_A);
        assertTrue(judge(before, api("1.0.0", OP_A.replace("type: [string, \"null\"]", "type: integer"))).breaking(),
                "a response field changing type breaks clients");
        assertTrue(judge(before, api("1.0.0", OP_A.replace("parameters: []", """
                parameters:
                      - {name: q, in: query, required: true, description: d, schema: {type: string}}"""))).breaking(),
                "a new required parameter breaks callers");
        assertTrue(!judge(before, api("1.0.0", OP_A.replace("parameters: []", """
                parameters:
                      - {name: q, in: query, required: false, description: d, schema: {type: string}}"""))).breaking(),
                "a new optional parameter does not");
    }

    /** The kinds of change contract 3.0.0 made (ADR 0029): each must count as breaking, so none slips in as a minor. */
    @Test
    void aRequestPropertyThatNoLongerAcceptsNullIsBreaking() {
        String before = withThing("1.0.0", "requestBody", "[string, \"null\"]", "[id]");
        Verdict v = judge(before, withThing("1.1.0", "requestBody", "string", "[id]"));
        assertTrue(v.breaking() && !v.acceptable() && v.report().contains("no longer accepts null"), v.report());
        assertTrue(!judge(withThing("1.0.0", "requestBody", "string", "[id]"), before).breaking(),
                "accepting null where it was refused is not");
    }

    @Test
    void anAnswerPropertyThatMayBecomeNullOrAbsentIsBreaking() {
        String precise = withThing("1.0.0", "responses", "string", "[id, name]");
        String loose = withThing("1.0.0", "responses", "[string, \"null\"]", "[id]");
        assertTrue(!judge(loose, precise).breaking(), "an answer property becoming required and non-null is not");
        Verdict v = judge(precise, loose.replace("version: 1.0.0", "version: 1.1.0"));
        assertTrue(v.breaking() && !v.acceptable(), v.summary());
        assertTrue(v.report().contains("Thing.name may now be null") && v.report().contains("Thing.name may now be absent"),
                v.report());
    }

    /** A document whose one operation sends (requestBody) or answers (responses) the component Thing. */
    private static String withThing(String version, String side, String nameType, String required) {
        String body = "{content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}";
        String op = side.equals("requestBody")
                ? "      requestBody: " + body.replace("{content", "{required: true, content") + "\n"
                        + "      responses: {'204': {description: none}}\n"
                : "      responses: {'200': " + body.replace("{content", "{description: ok, content") + "}\n";
        return "openapi: 3.1.0\ninfo: {title: t, version: " + version + "}\npaths:\n  /v1/t:\n    post:\n"
                + "      operationId: t\n" + op + "components:\n  schemas:\n    Thing:\n      type: object\n"
                + "      required: " + required + "\n      properties:\n        id: {type: string, maxLength: 10}\n"
                + "        name: {type: " + nameType + ", maxLength: 10}\n";
    }

    @Test
    void majorVersionsAreReadFromSemanticVersions() {
        assertEquals(1, major("1.0.0"));
        assertEquals(12, major("12.3"));
        assertEquals(-1, major("latest"));
    }

    private static final String OP_A = """
              /v1/a:
                get:
                  operationId: getA
                  parameters: []
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              name: {type: [string, "null"]}
            """;
    private static final String OP_B = """
              /v1/b:
                get:
                  operationId: getB
                  responses:
                    "204": {description: none}
            """;

    private static String api(String version, String paths) {
        return "openapi: 3.1.0\ninfo: {title: t, version: " + version + "}\npaths:\n" + paths;
    }

    // -- machinery -------------------------------------------------------------------------------------------------

    record Verdict(boolean breaking, boolean acceptable, String summary, String report) {}

    static Verdict judge(String oldYaml, String newYaml) {
        // Both sides through the same 3.0 view as the validator: swagger-parser reads 3.1 type arrays as no type.
        ChangedOpenApi diff = OpenApiCompare.fromContents(OpenApi30View.of(oldYaml), OpenApi30View.of(newYaml));
        String oldVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String newVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        List<String> nulls = NullabilityChanges.breaking(oldYaml, newYaml);
        boolean breaking = diff.isIncompatible() || !nulls.isEmpty();
        boolean newMajor = major(newVersion) > major(oldVersion);
        String summary;
        if (!diff.isDifferent() && nulls.isEmpty()) {
            summary = "no API change (" + newVersion + ")";
        } else if (!breaking) {
            summary = "compatible changes (" + oldVersion + " -> " + newVersion + "): " + diff.getNewEndpoints().size()
                    + " new operation(s), " + diff.getChangedOperations().size() + " changed";
        } else if (newMajor) {
            summary = "BREAKING changes, allowed by the new major version " + oldVersion + " -> " + newVersion;
        } else {
            summary = "BREAKING change to the contract while info.version stays at major " + major(newVersion) + " ("
                    + oldVersion + " -> " + newVersion + "). Clients built against the old contract would break."
                    + " Keep the old behaviour (add, don't change or remove; new inputs optional), or, if the break is"
                    + " intended, raise the major version (quarkus.smallrye-openapi.info-version) and regenerate the"
                    + " contract. What breaks:";
        }
        String report = breaking ? markdown(diff) + (nulls.isEmpty() ? "" : "\nNull and presence:\n- "
                + String.join("\n- ", nulls)) : "";
        return new Verdict(breaking, !breaking || newMajor, summary, report);
    }

    static int major(String version) {
        Matcher m = Pattern.compile("^v?(\\d+)").matcher(version == null ? "" : version.trim());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, w);
        } catch (IOException e) {
            return "(report unavailable: " + e + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String skipReason = "";

    /** The git ref of main's contract to compare with, or empty (with {@link #skipReason} set). */
    static Optional<String> baseRef() {
        String explicit = System.getProperty("contract.base", System.getenv("CONTRACT_BASE"));
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(explicit.trim());
        }
        Optional<String> head = git("rev-parse", "HEAD");
        if (head.isEmpty()) {
            skipReason = "not a git checkout, or git is not installed";
            return Optional.empty();
        }
        for (String main : List.of("origin/main", "main")) {
            if (git("rev-parse", "--verify", "--quiet", main + "^{commit}").isEmpty()) {
                continue;
            }
            Optional<String> forkPoint = git("merge-base", "HEAD", main);
            if (forkPoint.isEmpty()) {
                continue;
            }
            if (!forkPoint.get().equals(head.get())) {
                return forkPoint;
            }
            // HEAD is on main: the previous commit of main.
            if (git("rev-parse", "--verify", "--quiet", "HEAD~1^{commit}").isPresent()) {
                return Optional.of("HEAD~1");
            }
            skipReason = "HEAD has no parent commit here (first commit, or a shallow clone)";
            return Optional.empty();
        }
        skipReason = "no 'main' or 'origin/main' branch in this checkout";
        return Optional.empty();
    }

    private static Optional<String> git(String... args) {
        try {
            Process p = new ProcessBuilder(concat("git", args)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(args[0].equals("show") ? out : out.trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
