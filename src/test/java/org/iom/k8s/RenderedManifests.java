package org.iom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The overlays of {@code k8s/} rendered with {@code kubectl kustomize}, exactly as an operator would apply them, as
 * one generic map per object. Rendering is done once per overlay and test JVM.
 */
final class RenderedManifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final Path K8S = Path.of("k8s");

    private static final Map<String, List<Map<String, Object>>> CACHE = new ConcurrentHashMap<>();

    private RenderedManifests() {}

    /** The kubectl binary: $KUBECTL, else the first kubectl on PATH. */
    static Optional<Path> kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Skips the calling test, saying why, where kubectl is not installed. */
    static Path requireKubectl() {
        Optional<Path> kubectl = kubectl();
        Assumptions.assumeTrue(kubectl.isPresent(),
                "SKIPPED: kubectl is not on PATH (nor in $KUBECTL), so k8s/overlays cannot be rendered with"
                        + " 'kubectl kustomize'. Install kubectl 1.27 or later to run the Kubernetes manifest checks.");
        return kubectl.get();
    }

    static List<Map<String, Object>> render(String overlay) {
        Path kubectl = requireKubectl();
        return CACHE.computeIfAbsent(overlay, o -> doRender(kubectl, o));
    }

    private static List<Map<String, Object>> doRender(Path kubectl, String overlay) {
        Path dir = K8S.resolve("overlays").resolve(overlay);
        if (!Files.isDirectory(dir)) {
            fail("No overlay directory " + dir.toAbsolutePath());
        }
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " did not finish within 120 s");
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed: " + stderr);
            return parseYaml(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + kubectl + " kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, Object>> parseYaml(String yaml) throws IOException {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (MappingIterator<Map<String, Object>> it =
                new YAMLMapper().readerFor(new TypeReference<Map<String, Object>>() {}).readValues(yaml)) {
            while (it.hasNext()) {
                Map<String, Object> doc = it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    static String kind(Map<String, Object> doc) {
        return String.valueOf(doc.get("kind"));
    }

    static String apiVersion(Map<String, Object> doc) {
        return String.valueOf(doc.get("apiVersion"));
    }

    @SuppressWarnings("unchecked")
    static String name(Map<String, Object> doc) {
        Object metadata = doc.get("metadata");
        return metadata instanceof Map<?, ?> m ? String.valueOf(((Map<String, Object>) m).get("name")) : "null";
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(kind(d))).toList();
    }

    static Map<String, Object> single(List<Map<String, Object>> docs, String kind) {
        List<Map<String, Object>> found = ofKind(docs, kind);
        assertEquals(1, found.size(), "expected exactly one " + kind + " in the rendered overlay");
        return found.get(0);
    }
}
