package org.iom.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Strong entity tags derived from {@code @Version}, and the If-Match discipline that stops lost updates. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The one way to answer with an entity tag: {@code builder} with the ETag of {@code version}. */
    public static Response.ResponseBuilder tagged(Response.ResponseBuilder builder, long version) {
        return builder.header(HttpHeaders.ETAG, of(version));
    }

    /** 200 with {@code entity} and the ETag of {@code version}. */
    public static Response ok(Object entity, long version) {
        return tagged(Response.ok(entity), version).build();
    }

    /** 201 with {@code entity}, its {@code location} and the ETag of {@code version}. */
    public static Response created(URI location, Object entity, long version) {
        return tagged(Response.created(location).entity(entity), version).build();
    }

    /**
     * The version the client last saw, from its If-Match header. Missing is 428, and so are {@code *} and a list of
     * ETags: both are valid If-Match syntax, but they would let this change overwrite one made since the client read.
     * A value that is not one of our ETags can never match, so it is 412.
     */
    public static long requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This change needs an If-Match header with the resource's current ETag.",
                    List.of(new Problem.FieldError("If-Match", "required")), null, null, Map.of());
        }
        String v = ifMatch.trim();
        if (v.equals("*") || v.contains(",")) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match must hold exactly one ETag, the one last read, so that a change made since is not overwritten.",
                    List.of(new Problem.FieldError("If-Match", "exactly one ETag, not * or a list")), null, null, Map.of());
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    /** Throws 412 unless the client's version is the current one. */
    public static void check(String ifMatch, long currentVersion) {
        if (requireVersion(ifMatch) != currentVersion) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current ETag: the resource has changed. Fetch it again and retry.");
    }
}
