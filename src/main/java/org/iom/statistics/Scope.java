package org.iom.statistics;

import java.util.Map;
import java.util.UUID;

/**
 * The schemes a request covers, in code order; {@code restricted} when that is not every scheme (SQL must filter);
 * {@code schemeSubset} when restricted by more than a force (caller's schemes, scheme ids or region).
 */
record Scope(Map<UUID, SchemeInfo> schemes, boolean restricted, boolean schemeSubset) {

    /** A scheme in scope, with what it is grouped by. */
    public record SchemeInfo(UUID id, String code, String name, String forceId, String forceName, String regionCode,
            String regionName) {}

    boolean isEmpty() {
        return schemes.isEmpty();
    }
}
