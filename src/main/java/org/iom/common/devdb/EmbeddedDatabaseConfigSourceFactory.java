package org.iom.common.devdb;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the database when none is configured.
 *
 * <ul>
 *   <li>A configured {@code quarkus.datasource.jdbc.url} (environment, -D, .env or properties) always wins: nothing
 *       is started.
 *   <li>Dev mode without a URL: an embedded real PostgreSQL (zonky) on a persistent data directory
 *       ({@code .dev-db/}), kept across live reloads.
 *   <li>Production without a URL, a token verification key, the owner's credentials for migrating (ADR 0031) or the
 *       access log's seal key (ADR 0032): stop at once with a one-line message naming the variables to set.
 * </ul>
 *
 * Tests get their embedded database from a test resource instead. Zonky classes are only touched through
 * {@link DevDatabase}, which the packaged application never loads (zonky is a 'provided' dependency).
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        LaunchMode mode = LaunchMode.current();
        boolean productionRun = mode == LaunchMode.NORMAL && ExecutionMode.current() != ExecutionMode.UNSET;
        boolean hasUrl = isSet(context.getValue(URL_KEY));
        if (productionRun) {
            List<String> missing = new ArrayList<>();
            if (!hasUrl) {
                missing.add("QUARKUS_DATASOURCE_JDBC_URL (e.g. jdbc:postgresql://host:5432/iom), QUARKUS_DATASOURCE_USERNAME"
                        + " and QUARKUS_DATASOURCE_PASSWORD");
            }
            if ((!isSet(context.getValue("mp.jwt.verify.publickey.location"))
                    && !isSet(context.getValue("mp.jwt.verify.publickey")))
                    || !isSet(context.getValue("mp.jwt.verify.issuer"))) {
                missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or JWKS file or URL of your identity provider) and"
                        + " MP_JWT_VERIFY_ISSUER");
            }
            if (!"false".equals(valueOf(context.getValue("quarkus.flyway.migrate-at-start")))
                    && (!isSet(context.getValue("quarkus.flyway.username"))
                    || !isSet(context.getValue("quarkus.flyway.password")))) {
                missing.add("QUARKUS_FLYWAY_USERNAME and QUARKUS_FLYWAY_PASSWORD (the owner of the schema, who migrates;"
                        + " requests run as the runtime role QUARKUS_DATASOURCE_USERNAME, ADR 0031)");
            }
            if (!isSet(context.getValue("iom.audit.seal.key"))) {
                missing.add("IOM_AUDIT_SEAL_KEY (a secret of at least 32 characters that seals the access log and that"
                        + " no database role can read, ADR 0032)");
            }
            if (!missing.isEmpty()) {
                throw new ConfigurationException("iom-service cannot start: set " + String.join("; and set ", missing)
                        + ". (The embedded PostgreSQL and the dev token key exist only in dev mode and tests.)",
                        Set.of(URL_KEY));
            }
            return List.of();
        }
        if (hasUrl) {
            return List.of();
        }
        if (mode == LaunchMode.DEVELOPMENT) {
            Map<String, String> props = DevDatabase.ensureStarted();
            // Ordinal below application.properties (250) and the environment (300), so both still override it.
            return List.of(new PropertiesConfigSource(props, "iom-embedded-dev-database", 200));
        }
        return List.of();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
