package org.iom.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Sealed checkpoints over the access log, {@code iom.audit.seal.*} (ADR 0032): each default lives here. */
@ConfigMapping(prefix = "iom.audit.seal")
public interface AuditSealConfig {

    /**
     * The secret that keys the checkpoints' HMAC-SHA256 chain, at least 32 characters. It must not be readable by the
     * database roles (give it to the service only, e.g. a Kubernetes Secret). Required in production; the dev and test
     * profiles set a fixed, public one. Changing it makes every earlier checkpoint fail verification.
     */
    Optional<String> key();

    /** How often the service seals the entries logged since the last checkpoint. */
    @WithDefault("1m")
    Duration interval();

    /** At most this many entries per checkpoint (a backlog is sealed as several checkpoints). */
    @WithDefault("10000")
    int maxEntries();
}
