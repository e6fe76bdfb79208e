package org.iom.reliability;

import java.util.Map;

/** One operation of the served OpenAPI document; {@code op} carries its path-level and own parameters merged. */
record Op(String method, String path, Map<String, Object> op) {
}
