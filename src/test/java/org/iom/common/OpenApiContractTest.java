package org.iom.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (openapi/iom-api.yaml) must be exactly what the service serves, so every API change shows
 * up as a reviewed diff. Refresh it with: ./mvnw verify -Dopenapi.update=true
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("openapi/iom-api.yaml");

    @Test
    void committedContractMatchesTheServedDocument() throws Exception {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(served)) {
            fail("openapi/iom-api.yaml differs from the document the service serves (first difference at line "
                    + firstDifferentLine(committed, served) + ").\nIf the API change is intended, refresh the contract with"
                    + " `./mvnw verify -Dopenapi.update=true` (or copy target/openapi/openapi.yaml) and review the diff.");
        }
    }

    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return Math.min(x.length, y.length) + 1;
    }
}
