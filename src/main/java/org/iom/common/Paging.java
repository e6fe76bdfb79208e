package org.iom.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Keyset (cursor) paging. A cursor is opaque to clients: base64url of the sort key of the last item of the previous
 * page, so page 5000 costs what page 1 costs.
 */
public final class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String LINK = "Link";

    private Paging() {}

    public static String encodeCursor(Object... keys) {
        try {
            List<String> values = Arrays.stream(keys).map(String::valueOf).toList();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sort key carried by a cursor, or null for the first page. A cursor that is not ours is a 400. */
    public static List<String> decodeCursor(String cursor, int expectedKeys) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            List<String> values = JSON.readValue(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)), STRINGS);
            if (values.size() != expectedKeys || values.stream().anyMatch(v -> v == null)) {
                throw new IllegalArgumentException();
            }
            return values;
        } catch (Exception e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
    }

    /** Adds an RFC 8288 {@code Link: <...>; rel="next"} header when there is a next page. */
    public static Response.ResponseBuilder withNextLink(Response.ResponseBuilder builder, UriInfo uri, String nextCursor) {
        if (nextCursor != null) {
            builder.header(LINK, nextLink(uri, nextCursor));
        }
        return builder;
    }

    /** A page with its next-page link, typed so that the contract shows the page's schema. */
    public static <P extends CursorPage> RestResponse<P> page(P page, UriInfo uri) {
        RestResponse.ResponseBuilder<P> builder = RestResponse.ResponseBuilder.ok(page);
        if (page.nextCursor() != null) {
            builder.header(LINK, nextLink(uri, page.nextCursor()));
        }
        return builder.build();
    }

    /** The RFC 8288 link to the next page: this request with the next cursor. */
    private static String nextLink(UriInfo uri, String nextCursor) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build() + ">; rel=\"next\"";
    }
}
