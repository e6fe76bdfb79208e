package org.iom.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the service waits for its database (docs/reliability.md, "Hung database"): the one place of each default.
 * Quarkus reads {@code iom.db.*} itself, through the {@code ${iom.db...:default}} expressions of
 * {@code quarkus.datasource.*} in application.properties, which repeat these defaults (Quarkus resolves them before
 * this mapping exists). The service reads the socket timeout; the other two are declared so that they are known keys
 * (an unknown key under a mapped prefix stops the service at start).
 */
public interface DatabaseConfig {

    /** The JDBC connections. */
    @ConfigMapping(prefix = "iom.db")
    interface Connections {

        /** The driver gives up on a silent socket after this many seconds (must be positive). */
        @WithDefault("10")
        int socketTimeoutSeconds();

        /** Longest wait for a pooled connection, in seconds (Quarkus: quarkus.datasource.jdbc.acquisition-timeout). */
        @WithDefault("5")
        int acquisitionTimeoutSeconds();

        /** Longest wait for connecting and for logging in, in seconds (Quarkus: the driver's connect/loginTimeout). */
        @WithDefault("5")
        int connectTimeoutSeconds();
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
