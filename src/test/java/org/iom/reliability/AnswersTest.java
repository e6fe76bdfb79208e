package org.iom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the driver reads answers: headers, ids, ETags, the verdict on a fuzz answer, a raw HTTP answer. */
class AnswersTest {

    @Test
    void headersAreCaseInsensitiveAndTheIdComesFromTheBodyOrLocation() {
        Res r = new Res(201, Map.of("location", List.of("/v1/cases/abc"), "ETag", List.of("W/\"3\"")),
                "{\"id\":\"from-body\"}", 0, 1, null);
        assertEquals("/v1/cases/abc", r.header("Location"));
        assertEquals("from-body", r.id());
        assertEquals("abc", new Res(201, r.headers(), "not json", 0, 1, null).id());
        assertNull(new Res(0, null, null, 0, 1, "TIMEOUT").id());
        assertNull(new Res(0, null, null, 0, 1, "TIMEOUT").header("ETag"));
        assertTrue(r.ok());
        assertEquals(3, ConflictCommand.version(r.header("etag")));
        assertEquals(12, ConflictCommand.version("\"12\""));
        assertThrows(IllegalStateException.class, () -> ConflictCommand.version(null));
    }

    @Test
    void ioErrorsAreNamedByKind() {
        assertEquals("RESET", Http.ioErrorKind(new SocketException("Connection reset")));
        assertEquals("CLOSED", Http.ioErrorKind(new IOException("HTTP/1.1 header parser received no bytes; EOF")));
        assertEquals("IO_IOException", Http.ioErrorKind(new IOException((String) null)));
    }

    @Test
    void caseBodiesAreValidAndTheSameForTheSameNumber() {
        String body = Bodies.caseJson("s-1", "A000001", 5);
        assertEquals(body, Bodies.caseJson("s-1", "A000001", 5), "a retry resends exactly the same body");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(body);
        assertEquals("s-1", m.get("schemeId"));
        assertEquals("FREE", m.get("cohort"));
        assertEquals("SERIOUS_VIOLENCE", m.get("selectionReason"));
        assertEquals(5L, m.get("predictorScore"));
        assertEquals("REL-9", Json.str(Json.parse(Bodies.schemeJson("REL-9")), "code"));
    }

    @Test
    void aFuzzAnswerFailsOn5xxTimeoutsLeaksAndNonProblem4xxUnderV1() {
        FuzzReq get = new FuzzReq(1, "GET /v1/x", "bad-query-params", "GET", "/v1/x?limit=SQL", Map.of(), null, null);
        assertEquals("HTTP 502", new FuzzResult(get, 502, null, "", null, 1).fault());
        assertEquals("no answer within 20 s", new FuzzResult(get, 0, "TIMEOUT", null, null, 1).fault());
        assertEquals("response body contains 'Exception'",
                new FuzzResult(get, 400, null, "IllegalArgumentException", "application/problem+json", 1).fault());
        assertNull(new FuzzResult(get, 400, null, "bad limit 'SQL'", "application/problem+json", 1).fault(),
                "the request's own text echoed back is not a leak");
        assertTrue(new FuzzResult(get, 400, null, "{}", "application/json", 1).nonProblem4xx());
        assertFalse(new FuzzResult(get, 400, null, "{}", "application/problem+json", 1).nonProblem4xx());
        assertFalse(new FuzzResult(get, 404, null, " ", "text/html", 1).nonProblem4xx(), "no body");
        FuzzReq q = new FuzzReq(2, "GET /q/x", "odd-headers", "GET", "/q/health", Map.of(), null, null);
        assertFalse(new FuzzResult(q, 404, null, "<html>", "text/html", 1).nonProblem4xx(), "not under /v1");
    }

    @Test
    void aRawAnswerGivesItsStatusAndBody() {
        FuzzReq raw = new FuzzReq(3, "GET /v1/x", "raw-http", null, null, null, null, "GARBAGE\r\n\r\n");
        FuzzResult r = FuzzSender.parseRaw(raw, "HTTP/1.1 400 Bad Request\r\ncontent-length: 2\r\n\r\nno", 5);
        assertEquals(400, r.status());
        assertEquals("no", r.body());
        FuzzResult none = FuzzSender.parseRaw(raw, "", 5);
        assertEquals(0, none.status());
        assertEquals("NO_RESPONSE", none.error());
        assertEquals("#3 [raw-http] raw bytes: GARBAGE\\r\\n\\r\\n", raw.describe());
    }
}
