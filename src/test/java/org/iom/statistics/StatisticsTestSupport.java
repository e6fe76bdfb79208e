package org.iom.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.support.Tokens;

/** Requests and exact row checks shared by the statistics tests. */
final class StatisticsTestSupport {

    private StatisticsTestSupport() {}

    static RequestSpecification as(String role, String... schemeCodes) {
        return given().header("Authorization", Tokens.bearer(role, schemeCodes));
    }

    static List<String> ids(UUID... schemes) {
        return Arrays.stream(schemes).map(UUID::toString).toList();
    }

    /** GET the statistics path with the query (name, value pairs; a List value repeats the parameter); 200 JSON. */
    static JsonPath get(RequestSpecification spec, String path, Object... query) {
        for (int i = 0; i < query.length; i += 2) {
            if (query[i + 1] instanceof List<?> values) {
                spec = spec.queryParam((String) query[i], values);
            } else {
                spec = spec.queryParam((String) query[i], query[i + 1]);
            }
        }
        return spec.when().get("/v1/statistics/" + path)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    /** The rows of a response, in order. */
    static List<Map<String, Object>> rows(JsonPath json) {
        return json.getList("rows");
    }

    /** Checks the groups of the rows, in order. */
    static void assertGroups(JsonPath json, String... groups) {
        List<String> actual = new ArrayList<>();
        for (Map<String, Object> row : rows(json)) {
            actual.add((String) row.get("group"));
        }
        assertEquals(List.of(groups), actual, "groups of the rows");
    }

    /**
     * Checks one row exactly: every figure named in {@code figures} (name, expected value: a whole number, a decimal,
     * or null for a withheld figure), that no other figure is present, and that {@code suppressed} names exactly the
     * null figures, in order.
     */
    static void assertRow(Map<String, Object> row, String group, String label, Object... figures) {
        assertEquals(group, row.get("group"), "group");
        if (label != null) {
            assertEquals(label, row.get("label"), "label of " + group);
        }
        List<String> expectedSuppressed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < figures.length; i += 2) {
            String name = (String) figures[i];
            Object expected = figures[i + 1];
            names.add(name);
            assertTrue(row.containsKey(name), "row " + group + " has no figure " + name + ": " + row);
            Object actual = row.get(name);
            if (expected == null) {
                assertNull(actual, group + "." + name + " must be withheld");
                expectedSuppressed.add(name);
            } else if (expected instanceof String s) {
                assertEquals(s, actual, group + "." + name);
            } else if (actual == null) {
                fail(group + "." + name + " is null (withheld) but " + expected + " was expected; row " + row);
            } else if (expected instanceof Double d) {
                assertEquals(d, ((Number) actual).doubleValue(), 1e-6, group + "." + name);
            } else {
                assertEquals(((Number) expected).longValue(), ((Number) actual).longValue(), group + "." + name);
            }
        }
        for (String key : row.keySet()) {
            // subjectCategory is null unless the request breaks the groups down by it (bySubjectCategory).
            boolean notBrokenDown = "subjectCategory".equals(key) && row.get(key) == null;
            if (!List.of("group", "label", "suppressed").contains(key) && !notBrokenDown) {
                assertTrue(names.contains(key), "figure " + key + " of " + group + " not checked by the test");
            }
        }
        assertEquals(expectedSuppressed, row.get("suppressed"), "suppressed of " + group);
    }
}
