package org.iom.changes;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: reading the change feed as a client does, page by page with the cursor. */
final class Feed {

    private Feed() {}

    /** One page after {@code after} (null: from the start). */
    static Response page(String bearer, String after, int limit, int waitSeconds) {
        var spec = given().header("Authorization", bearer).queryParam("limit", limit);
        if (after != null) {
            spec.queryParam("after", after);
        }
        if (waitSeconds > 0) {
            spec.queryParam("wait", waitSeconds);
        }
        return spec.when().get("/v1/changes");
    }

    /** Everything after {@code after} until the head; the items and the cursor to go on from. */
    static Read drain(String bearer, String after) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = after;
        while (true) {
            Response r = page(bearer, cursor, 200, 0);
            assertEquals(200, r.statusCode(), r.asString());
            JsonPath json = r.jsonPath();
            List<Map<String, Object>> page = json.getList("items");
            items.addAll(page);
            String next = json.getString("nextCursor");
            // An empty page is the head only when the cursor stays put: a practitioner's page can be empty because
            // every entry on it was another scheme's case, and the cursor then moves past them.
            if (page.isEmpty() && next.equals(cursor)) {
                return new Read(items, cursor);
            }
            cursor = next;
        }
    }

    /** The cursor at the head of the feed now, for {@code bearer}. */
    static String head(String bearer) {
        return drain(bearer, null).cursor();
    }

    /** The entries about one resource (its subject). */
    static List<Map<String, Object>> about(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("subject"))).toList();
    }

    @SuppressWarnings("unchecked")
    static String etag(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("data")).get("etag");
    }

    @SuppressWarnings("unchecked")
    static String url(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("data")).get("url");
    }

    record Read(List<Map<String, Object>> items, String cursor) {}
}
