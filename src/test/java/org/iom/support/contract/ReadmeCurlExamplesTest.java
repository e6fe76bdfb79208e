package org.iom.support.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every curl example in README.md is run against the service under test, so the README cannot drift from the
 * service. The convention (also stated in the README, "Try it"):
 * <ul>
 *   <li>examples are the lines of {@code ```sh} (or {@code bash}/{@code shell}) blocks that call {@code curl};
 *       lines that set a variable from a command ({@code TOKEN=$(scripts/token iom-admin)},
 *       {@code ID=$(curl ...)}) run too, so later lines can use it. A trailing {@code \} continues a line;</li>
 *   <li>all of them run in README order in ONE bash session, from the project root (so {@code scripts/token}
 *       works and data created by one example is there for the next), with {@code localhost:8080} pointed at the
 *       test's service;</li>
 *   <li>each HTTP answer must be 2xx, unless the line's trailing comment starts with the expected status:
 *       {@code curl ... # 401: no token}; a line expecting 2xx must also exit 0.</li>
 * </ul>
 */
@QuarkusTest
class ReadmeCurlExamplesTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*(\\w*)");
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=\\$\\(");
    private static final Pattern CURL = Pattern.compile("(^|[\\s;&|(])curl\\s");
    private static final Pattern EXPECTED = Pattern.compile("^#\\s*([1-5][0-9][0-9])\\b");

    @TestHTTPResource("/")
    URI service;

    record Example(int line, String command, Integer expectedStatus) {
        boolean expectsSuccess() {
            return expectedStatus == null;
        }

        String describe() {
            return "README.md:" + line + ": " + command + (expectedStatus == null ? "" : "   (expects " + expectedStatus + ")");
        }
    }

    @Test
    void everyCurlExampleInTheReadmeWorks() throws Exception {
        List<Example> examples = examples(Files.readAllLines(README, StandardCharsets.UTF_8));
        long curls = examples.stream().filter(e -> CURL.matcher(e.command()).find()).count();
        assertTrue(curls >= 3, "found only " + curls + " curl examples in README.md: is the extraction broken?");

        String hostPort = service.getHost() + ":" + service.getPort();
        // The status goes to stderr: the wrapper's -w comes last, so it wins over an example's own (-w '\n').
        StringBuilder script = new StringBuilder("""
                curl() { command curl "$@" -w '%{stderr}@@STATUS %{http_code}\\n'; }
                """);
        for (int i = 0; i < examples.size(); i++) {
            String command = examples.get(i).command().replace("localhost:8080", hostPort);
            script.append("echo '@@BEGIN ").append(i).append("' >&2; echo '@@BEGIN ").append(i).append("'\n")
                    .append(command).append("\n")
                    .append("echo \"@@END ").append(i).append(" $?\" >&2; echo\n");
        }
        Map<Integer, Result> results = run(script.toString());

        List<String> failures = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            Result r = results.get(i);
            if (r == null) {
                failures.add(example.describe() + "\n    did not run");
                continue;
            }
            boolean curlLine = CURL.matcher(example.command()).find();
            String problem = null;
            if (curlLine && r.statuses.isEmpty()) {
                problem = "made no HTTP request";
            } else if (example.expectsSuccess()) {
                if (r.statuses.stream().anyMatch(s -> s < 200 || s > 299)) {
                    problem = "answered " + r.statuses + ", expected 2xx (annotate the line '# NNN' if intended)";
                } else if (r.exit != 0) {
                    problem = "exited " + r.exit;
                }
            } else if (!r.statuses.equals(List.of(example.expectedStatus()))) {
                problem = "answered " + r.statuses + ", expected [" + example.expectedStatus() + "]";
            }
            if (problem != null) {
                failures.add(example.describe() + "\n    " + problem + "\n    output: " + abbreviate(r.output));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + examples.size() + " README examples failed:\n" + String.join("\n", failures));
        }
        System.out.println("README examples: " + examples.size() + " lines, " + curls + " with curl, all as documented");
    }

    @Test
    void theExtractionFollowsTheConvention() {
        List<Example> examples = examples(List.of(
                "Text with curl in prose is not an example.",
                "```sh",
                "TOKEN=$(scripts/token iom-admin)",
                "curl -s -H \"Authorization: Bearer $TOKEN\" \\",
                "  localhost:8080/v1/police-forces   # 200 is the default anyway",
                "curl -s -i localhost:8080/v1/police-forces        # 401: no token",
                "curl -s 'localhost:8080/v1/x#frag' -d '{\"a\":\"# 404\"}'",
                "./mvnw package",
                "```",
                "```java",
                "curl(\"not shell\");",
                "```",
                "```sh",
                "QUARKUS_X=1 java -jar app.jar",
                "```"));
        assertEquals(4, examples.size(), examples.toString());
        assertEquals("TOKEN=$(scripts/token iom-admin)", examples.get(0).command());
        assertEquals(3, examples.get(0).line());
        assertTrue(examples.get(1).command().contains("Bearer $TOKEN\" \\\n  localhost:8080"));
        assertEquals(200, examples.get(1).expectedStatus());
        assertEquals(401, examples.get(2).expectedStatus());
        assertEquals(null, examples.get(3).expectedStatus(), "a # inside quotes is not a comment");
    }

    /** The runnable lines of the sh/bash/shell blocks, in order. */
    static List<Example> examples(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        boolean inShell = false;
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.find()) {
                if (inBlock) {
                    inBlock = false;
                    inShell = false;
                } else {
                    inBlock = true;
                    inShell = List.of("sh", "bash", "shell").contains(fence.group(1).toLowerCase());
                }
                continue;
            }
            if (!inShell) {
                continue;
            }
            int first = i;
            StringBuilder command = new StringBuilder(line);
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.append("\n").append(lines.get(++i));
            }
            String text = command.toString().trim();
            String comment = trailingComment(text);
            if (CURL.matcher(stripComment(text, comment)).find() || ASSIGNMENT.matcher(text).find()) {
                Matcher expected = EXPECTED.matcher(comment == null ? "" : comment);
                examples.add(new Example(first + 1, text,
                        expected.find() ? Integer.valueOf(expected.group(1)) : null));
            }
        }
        return examples;
    }

    private static String stripComment(String text, String comment) {
        return comment == null ? text : text.substring(0, text.length() - comment.length());
    }

    /** The shell comment at the end of the command ("# ..."), outside quotes, or null. */
    static String trailingComment(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\') {
                i++;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return text.substring(i);
            }
        }
        return null;
    }

    static final class Result {
        final List<Integer> statuses = new ArrayList<>();
        int exit = -1;
        final StringBuilder output = new StringBuilder();
    }

    private static Map<Integer, Result> run(String script) throws IOException, InterruptedException {
        Path out = Files.createTempFile("readme-examples", ".out");
        Path err = Files.createTempFile("readme-examples", ".err");
        try {
            Process p = new ProcessBuilder("bash", "-c", script)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the README examples did not finish within 180 s");
            }
            Map<Integer, Result> results = new LinkedHashMap<>();
            Result current = null;
            for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                if (line.startsWith("@@BEGIN ")) {
                    current = results.computeIfAbsent(Integer.parseInt(line.substring(8).trim()), k -> new Result());
                } else if (line.startsWith("@@STATUS ") && current != null) {
                    current.statuses.add(Integer.parseInt(line.substring(9).trim()));
                } else if (line.startsWith("@@END ") && current != null) {
                    current.exit = Integer.parseInt(line.substring(6).trim().split(" ")[1]);
                } else if (current != null) {
                    current.output.append(line).append('\n');
                }
            }
            current = null;
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                if (line.startsWith("@@BEGIN ")) {
                    current = results.get(Integer.parseInt(line.substring(8).trim()));
                } else if (current != null) {
                    current.output.append(line).append('\n');
                }
            }
            return results;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String abbreviate(StringBuilder s) {
        String t = s.toString().strip().replace("\n", "\n            ");
        return t.length() > 1200 ? t.substring(0, 1200) + "..." : t;
    }
}
