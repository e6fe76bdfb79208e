package org.iom.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the service waits for its database (docs/reliability.md, "Hung database"): the one place of each default.
 * Quarkus reads {@code iom.db.*} too, through the {@code ${iom.db...:default}} expressions of
 * {@code quarkus.datasource.*} in application.properties.
 */
public interface DatabaseConfig {

    /** The JDBC connections. */
    @ConfigMapping(prefix = "iom.db")
    interface Connections {

        /** The driver gives up on a silent socket after this many seconds (must be positive). */
        @WithDefault("10")
        int socketTimeoutSeconds();
    }

    /** The deadline of a /v1 request ({@link RequestDeadline}). */
    @ConfigMapping(prefix = "iom.request-deadline")
    interface Deadline {

        /** Added to the socket timeout: 0 to 900 ms (the promise is the socket timeout plus one second). */
        @WithDefault("0ms")
        Duration margin();
    }

    /** The readiness check ({@link DatabaseReadinessCheck}). */
    @ConfigMapping(prefix = "iom.health")
    interface Readiness {

        /** Readiness answers within this time even when the database hangs. */
        @WithDefault("2s")
        Duration databaseTimeout();
    }
}
