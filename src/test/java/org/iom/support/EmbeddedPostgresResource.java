package org.iom.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.common.devdb.EmbeddedRoles;

/**
 * Every {@code @QuarkusTest} runs against a real PostgreSQL: the one named by {@code QUARKUS_DATASOURCE_JDBC_URL}
 * (or {@code -Dquarkus.datasource.jdbc.url}) when set, otherwise an embedded PostgreSQL 15 on a free loopback port,
 * with the two roles of ADR 0031 ({@link EmbeddedRoles}): the service, and so every test, connects as the runtime
 * role {@code iom_app}; Flyway migrates as the owner {@code iom}.
 *
 * <p>The embedded server is started once per JVM, even when test profiles restart Quarkus (it is remembered in a
 * system property, because each Quarkus restart loads this class again), and stopped by zonky's shutdown hook.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String URL_PROPERTY = "iom.test-db.host";

    @Override
    public Map<String, String> start() {
        var configured = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class);
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Map.of();
        }
        String host = System.getProperty(URL_PROPERTY);
        if (host == null) {
            host = startEmbedded();
            System.setProperty(URL_PROPERTY, host);
        }
        // Two roles (ADR 0031): every test runs as the runtime role; Flyway migrates as the owner.
        return EmbeddedRoles.setUp(host);
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "200")
                    .start();
            return "127.0.0.1:" + pg.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded test PostgreSQL", e);
        }
    }

    @Override
    public void stop() {
        // Deliberately nothing: the server lives for the whole test JVM (see class comment).
    }
}
