package org.iom.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The cache of verified bearer tokens ({@link VerifiedTokenCache}, ADR 0023). */
@ConfigMapping(prefix = "iom.security.token-cache")
public interface TokenCacheConfig {

    /** How many tokens are remembered at most (about 5 KB each); 0 turns the cache off. */
    @WithDefault("1000")
    int maxEntries();

    /** How long a verified token is served from the cache at most (never past its exp). */
    @WithDefault("5M")
    Duration maxAge();
}
