package org.iom.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One fuzz request: an HTTP request, or (for raw-http) the raw bytes to write to the socket in {@code raw}. */
record FuzzReq(int index, String op, String category, String method, String path, Map<String, String> headers,
        byte[] body, String raw) {

    /** The request as a human reads it in a failure report, long values cut short. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("#").append(index).append(" [").append(category).append("] ");
        if (raw != null) {
            String shown = raw.length() > 400 ? raw.substring(0, 400) + "...(" + raw.length() + " chars)" : raw;
            sb.append("raw bytes: ").append(shown.replace("\r", "\\r").replace("\n", "\\n"));
            return sb.toString();
        }
        sb.append(method).append(' ').append(path.length() > 300 ? path.substring(0, 300) + "...(" + path.length()
                + " chars)" : path);
        headers.forEach((k, v) -> sb.append("\n    ").append(k).append(": ")
                .append(v.length() > 120 ? v.substring(0, 120) + "...(" + v.length() + " chars)" : v));
        if (body != null) {
            String s = new String(body, StandardCharsets.UTF_8);
            sb.append("\n    body (").append(body.length).append(" bytes): ")
                    .append(s.length() > 300 ? s.substring(0, 300) + "..." : s);
        }
        return sb.toString();
    }

    /** Everything the request sent, so that an answer echoing the request is not counted as a leak. */
    String text() {
        return raw != null ? raw : path + headers + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }
}
