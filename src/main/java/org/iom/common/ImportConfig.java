package org.iom.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The bulk import's configuration ({@code iom.import.*}, ADR 0021): read by the import and by
 * {@link RouteFailureHandler}, which gives its route the larger body limit. The defaults live here.
 */
@ConfigMapping(prefix = "iom.import")
public interface ImportConfig {

    /** Largest import body; only POST /v1/case-imports: every other request keeps quarkus.http.limits.max-body-size. */
    @WithDefault("1G")
    MemorySize maxBodySize();

    /** Transaction timeout of one import (its connection's socket timeout is raised to match while it runs). */
    @WithDefault("1H")
    Duration timeout();
}
