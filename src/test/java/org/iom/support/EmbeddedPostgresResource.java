package org.iom.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every {@code @QuarkusTest} runs against a real PostgreSQL: the one named by {@code QUARKUS_DATASOURCE_JDBC_URL}
 * (or {@code -Dquarkus.datasource.jdbc.url}) when set, otherwise an embedded PostgreSQL 15 on a free loopback port.
 *
 * <p>The embedded server is started once per JVM, even when test profiles restart Quarkus (it is remembered in a
 * system property, because each Quarkus restart loads this class again), and stopped by zonky's shutdown hook.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String URL_PROPERTY = "iom.test-db.url";

    @Override
    public Map<String, String> start() {
        var configured = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class);
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Map.of();
        }
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = startEmbedded();
            System.setProperty(URL_PROPERTY, url);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "200")
                    .start();
            return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded test PostgreSQL", e);
        }
    }

    @Override
    public void stop() {
        // Deliberately nothing: the server lives for the whole test JVM (see class comment).
    }
}
