package org.iom.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operation docs overlays (ADR 0028) document only operations the code serves, every overlay is merged, and every
 * served operation has its summary there (ADR 0046).
 */
@QuarkusTest
class OperationDocsTest {

    static final Path OVERLAYS = Path.of("src/main/resources/openapi");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyOverlayFileIsMergedByTheFilter() throws Exception {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(OVERLAYS)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> files.add(n.substring(0, n.length() - ".yaml".length())));
        }
        assertEquals(files, new TreeSet<>(OperationDocsFilter.FEATURES),
                "src/main/resources/openapi/*.yaml and OperationDocsFilter.FEATURES");
    }

    @Test
    void everyDocumentedOperationIsOneTheCodeServes() throws Exception {
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString()).get("paths");
        List<String> stray = new ArrayList<>();
        for (String feature : OperationDocsFilter.FEATURES) {
            JsonNode paths = YAML.readTree(OVERLAYS.resolve(feature + ".yaml").toFile()).get("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                JsonNode op = served.path(path.getKey()).path(method);
                if (!op.hasNonNull("operationId")) {
                    stray.add(feature + ": " + method.toUpperCase() + " " + path.getKey());
                }
            }));
        }
        assertTrue(stray.isEmpty(), "documented but not served (no operationId from the code): " + stray);
    }

    @Test
    void everyServedOperationHasItsSummaryInAnOverlay() throws Exception {
        Set<String> summarised = new TreeSet<>();
        for (String feature : OperationDocsFilter.FEATURES) {
            JsonNode paths = YAML.readTree(OVERLAYS.resolve(feature + ".yaml").toFile()).get("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                if (op.getValue().hasNonNull("summary")) {
                    summarised.add(op.getKey().toUpperCase() + " " + path.getKey());
                }
            }));
        }
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString()).get("paths");
        List<String> missing = new ArrayList<>();
        served.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String operation = op.getKey().toUpperCase() + " " + path.getKey();
            if (op.getValue().hasNonNull("operationId") && !summarised.contains(operation)) {
                missing.add(operation);
            }
        }));
        assertTrue(missing.isEmpty(), "served operations whose summary is not in their overlay (ADR 0046): " + missing);
    }
}
