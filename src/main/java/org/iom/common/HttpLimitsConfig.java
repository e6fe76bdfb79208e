package org.iom.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The service's own limits on a request's line and headers ({@code iom.http.*}, ADR 0034), answered by
 * {@link RequestLimits} with 414 and 431 problems. The HTTP server's limits
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, 64 KiB in application.properties)
 * stay well above these: a request over those is refused by the server itself, bare, before the service sees it.
 */
@ConfigMapping(prefix = "iom.http")
public interface HttpLimitsConfig {

    /**
     * Longest request line (method, target and version), in characters. The contract's longest legal request line
     * is about 11 KiB (GET /v1/recommendations, free-text filters at their maximum length, percent-encoded); 100
     * scheme ids on a statistics query take about 4.8 KiB. {@code ContractRequestLineTest} checks that the default fits
     * every operation.
     */
    @WithDefault("16384")
    int maxRequestLineLength();

    /** Largest sum of the request's header lines (name, value, separators), in characters. */
    @WithDefault("20480")
    int maxHeaderSize();
}
