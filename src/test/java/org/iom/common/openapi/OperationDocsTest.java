package org.iom.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
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
 * served operation has its summary there (ADR 0046). The schema overlays (ADR 0047) are merged too, and document only
 * schemas and properties the code makes.
 */
@QuarkusTest
class OperationDocsTest {

    static final Path OVERLAYS = Path.of("src/main/resources/openapi");
    static final Path SCHEMA_OVERLAYS = OVERLAYS.resolve("schemas");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Test
    void everyOverlayFileIsMergedByTheFilter() throws Exception {
        assertEquals(yamlFiles(OVERLAYS), new TreeSet<>(OperationDocsFilter.FEATURES),
                "src/main/resources/openapi/*.yaml and OperationDocsFilter.FEATURES");
    }

    @Test
    void everySchemaOverlayIsMergedByTheFilter() throws Exception {
        assertEquals(yamlFiles(SCHEMA_OVERLAYS), new TreeSet<>(OperationDocsFilter.SCHEMA_PACKAGES),
                "src/main/resources/openapi/schemas/*.yaml and OperationDocsFilter.SCHEMA_PACKAGES");
    }

    /**
     * A schema overlay entry whose schema or property the code does not make would be merged as a new one, typeless
     * (a renamed record component leaves its docs behind): every documented property must have a type, a reference or
     * a composition from the code.
     */
    @Test
    void everyDocumentedSchemaPropertyIsOneTheCodeMakes() throws Exception {
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString()).path("components").path("schemas");
        List<String> stray = new ArrayList<>();
        for (String pkg : OperationDocsFilter.SCHEMA_PACKAGES) {
            JsonNode schemas = YAML.readTree(SCHEMA_OVERLAYS.resolve(pkg + ".yaml").toFile()).path("components")
                    .path("schemas");
            schemas.fields().forEachRemaining(schema -> {
                JsonNode made = served.path(schema.getKey());
                if (!fromTheCode(made)) {
                    stray.add(pkg + ": " + schema.getKey());
                }
                schema.getValue().path("properties").fieldNames().forEachRemaining(property -> {
                    if (!fromTheCode(made.path("properties").path(property))) {
                        stray.add(pkg + ": " + schema.getKey() + "." + property);
                    }
                });
            });
        }
        assertTrue(stray.isEmpty(), "documented in a schema overlay but not made by the code: " + stray);
    }

    /** The names of the YAML files in a folder, without their ending. */
    private static TreeSet<String> yamlFiles(Path folder) throws Exception {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> files.add(n.substring(0, n.length() - ".yaml".length())));
        }
        return files;
    }

    private static boolean fromTheCode(JsonNode schema) {
        return Stream.of("type", "$ref", "anyOf", "oneOf", "allOf", "enum").anyMatch(schema::has);
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
