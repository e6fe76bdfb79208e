package org.iom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every environment variable the manifests (and the container image) set is a configuration key the service reads:
 * a misspelt variable would otherwise be ignored without a word, and the service would run on its default.
 */
class ManifestEnvironmentTest {

    private final ConfigKeys keys = ConfigKeys.ofTheService();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableTheManifestsSetIsAKeyTheServiceReads(String overlay) {
        Map<String, String> env = KubernetesManifestsTest.environment(overlay);
        assertFalse(env.isEmpty());
        Map<String, String> unknown = new TreeMap<>();
        env.keySet().forEach(name -> {
            if (keys.meaningOf(name).isEmpty()) {
                unknown.put(name, env.get(name));
            }
        });
        assertEquals(Map.of(), unknown, "variables set in k8s/overlays/" + overlay
                + " that no configuration key of the service matches");
    }

    @Test
    void everyVariableTheImageSetsIsKnown() throws IOException {
        Path dockerfile = Path.of("src/main/docker/Dockerfile.jvm");
        Matcher env = Pattern.compile("(?m)^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)=").matcher(Files.readString(dockerfile));
        int count = 0;
        while (env.find()) {
            count++;
            assertTrue(keys.meaningOf(env.group(1)).isPresent(), dockerfile + " sets unknown variable " + env.group(1));
        }
        assertTrue(count > 0, "the Dockerfile sets its variables with ENV NAME=value");
    }

    @Test
    void aMisspeltVariableIsCaught() {
        assertTrue(keys.meaningOf("QUARKUS_DATASOURCE_JDBC_URL").isPresent());
        assertEquals("quarkus.datasource.jdbc.url", keys.meaningOf("QUARKUS_DATASOURCE_JDBC_URL").get());
        assertEquals("iom.db.socket-timeout-seconds", keys.meaningOf("IOM_DB_SOCKET_TIMEOUT_SECONDS").get());
        assertEquals("quarkus.shutdown.timeout", keys.meaningOf("QUARKUS_SHUTDOWN_TIMEOUT").get());
        assertTrue(keys.meaningOf("IOM_LOG_JSON").isPresent(), "a name looked up by a ${...} expression");
        for (String typo : List.of("QUARKUS_DATASOURE_JDBC_URL", "MP_JWT_VERIFY_PUBLICKEY_LOCATON",
                "QUARKUS_DATASOURCE_JDBC_MAXSIZE", "IOM_DB_SOCKET_TIMEOUT", "quarkus.datasource.jdbc.url")) {
            assertTrue(keys.meaningOf(typo).isEmpty(), typo + " must not be accepted");
        }
    }

    @Test
    void environmentNamesFollowMicroProfileConfig() {
        assertEquals("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", ConfigKeys.environmentName("quarkus.datasource.jdbc.max-size"));
        assertEquals("QUARKUS_HTTP_HEADER__X_FRAME_OPTIONS__VALUE",
                ConfigKeys.environmentName("quarkus.http.header.\"X-Frame-Options\".value"));
    }
}
