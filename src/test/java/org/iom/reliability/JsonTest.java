package org.iom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesObjectsArraysNumbersAndEscapes() {
        Object v = Json.parse(" {\"a\": [1, -2.5, 1e3, true, false, null], \"s\": \"x\\\"y\\\\z\\n\\u00e9\", \"o\": {}} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", Arrays.asList(1L, -2.5, 1000.0, true, false, null));
        expected.put("s", "x\"y\\z\né");
        expected.put("o", Map.of());
        assertEquals(expected, v);
        assertNull(Json.parse(null));
        assertEquals(List.of(), Json.parse("[]"));
    }

    @Test
    void refusesTrailingDataAndUnexpectedCharacters() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":?}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
    }

    @Test
    void writesWhatItParsesAndEscapesControlCharacters() {
        String text = "{\"k\":[1,\"two\",{\"three\":null}],\"b\":true,\"d\":1.5}";
        assertEquals(text, Json.write(Json.parse(text)));
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\u0001\"", Json.quote("a\"b\\c\n\r\t\u0001"));
        assertEquals("null", Json.write(Double.NaN));
        assertEquals("null", Json.write(Double.POSITIVE_INFINITY));
    }

    @Test
    void strReadsAFieldOfAnObjectOnly() {
        assertEquals("42", Json.str(Json.parse("{\"id\":42}"), "id"));
        assertNull(Json.str(Json.parse("{\"id\":null}"), "id"));
        assertNull(Json.str(Json.parse("[1]"), "id"));
        assertNull(Json.str(null, "id"));
    }
}
