package org.iom.reliability;

import java.util.List;
import java.util.Map;

/** One answer as the driver saw it: status 0 with an error kind (TIMEOUT, REFUSED, RESET...) when there was none. */
record Res(int status, Map<String, List<String>> headers, String body, long start, long end, String error) {

    String header(String name) {
        if (headers == null) {
            return null;
        }
        for (var e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The id of the created resource: the body's "id", else the last segment of Location. */
    String id() {
        try {
            String id = Json.str(Json.parse(body), "id");
            if (id != null) {
                return id;
            }
        } catch (RuntimeException ignored) {
            // fall through to Location
        }
        String loc = header("Location");
        return loc == null ? null : loc.substring(loc.lastIndexOf('/') + 1);
    }
}
