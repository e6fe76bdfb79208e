package org.iom.oversight;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run inside the browser on the page it shows (ADR 0044). axe-core is pinned by
 * {@code src/test/browser/package-lock.json} and installed with {@code npm ci} when it is not there (the first run
 * after a clone; npm's cache serves later ones offline). A page with a serious or critical violation fails the test,
 * every violation printed with the elements it concerns.
 */
final class Axe {

    static final Path TOOLS = Path.of("src/test/browser");
    static final Path SCRIPT = TOOLS.resolve("node_modules/axe-core/axe.min.js");
    static final Set<String> FAILING = Set.of("serious", "critical");

    private static String source;

    private Axe() {}

    /** Runs axe on the page the driver shows; fails on a serious or critical violation. Returns the report. */
    static String check(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('axe failed: ' + e));");
        String json = String.valueOf(result);
        if (json.startsWith("axe failed")) {
            fail(page + ": " + json);
        }
        List<String> lines = new ArrayList<>();
        boolean failing = false;
        try {
            for (JsonNode v : new ObjectMapper().readTree(json)) {
                String impact = v.path("impact").asText();
                failing |= FAILING.contains(impact);
                lines.add("  [" + impact + "] " + v.path("id").asText() + ": " + v.path("help").asText() + " ("
                        + v.path("helpUrl").asText() + ")");
                for (JsonNode n : v.path("nodes")) {
                    lines.add("      " + n.path("target") + " " + n.path("failureSummary").asText().replace('\n', ' '));
                }
            }
        } catch (IOException e) {
            fail(page + ": axe's answer is not JSON: " + json);
        }
        String report = page + ": " + (lines.isEmpty() ? "no axe violation" : "axe violations:\n" + String.join("\n", lines));
        System.out.println(report);
        if (failing) {
            fail("serious or critical accessibility violations on " + report);
        }
        return report;
    }

    /** axe.min.js, installed with npm ci if missing. */
    static synchronized String source() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                npmCi();
            }
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                fail("cannot read " + SCRIPT + ": " + e);
            }
        }
        return source;
    }

    private static void npmCi() {
        try {
            File log = File.createTempFile("iom-axe-", ".log");
            try {
                Process p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts",
                        "--loglevel=error").directory(TOOLS.toFile()).redirectErrorStream(true).redirectOutput(log)
                        .start();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail("npm ci in " + TOOLS + " did not finish in 300 s");
                }
                if (p.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
                    fail("npm ci in " + TOOLS + " exited " + p.exitValue() + " without " + SCRIPT + ":\n"
                            + Files.readString(log.toPath()));
                }
            } finally {
                Files.deleteIfExists(log.toPath());
            }
        } catch (IOException e) {
            fail("axe-core is needed by the browser tests and is installed with npm (Node.js 20+ and npm: .ci/run"
                    + " installs them): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while installing axe-core");
        }
    }
}
