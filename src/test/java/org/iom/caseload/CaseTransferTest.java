package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: POST /v1/cases/{id}/transfer moves a person to another scheme in one transaction: the old case exits
 * TRANSFERRED, the new one is selected, they link to each other, needs and reviews stay where they were recorded.
 */
@QuarkusTest
class CaseTransferTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    static String daysAgo(int n) {
        return LocalDate.now().minusDays(n).toString();
    }

    static Response transfer(String bearer, String caseId, String etag, Map<String, Object> body) {
        return given().header("Authorization", bearer).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body).when().post("/v1/cases/" + caseId + "/transfer");
    }

    static Map<String, Object> to(SchemeRef scheme, String on) {
        Map<String, Object> body = new HashMap<>();
        body.put("schemeId", scheme.id());
        body.put("transferredOn", on);
        return body;
    }

    @Test
    void theOldCaseExitsTransferredAndTheNewOneIsSelectedLinkedBothWays() {
        SchemeRef from = Fixtures.scheme();
        SchemeRef onto = Fixtures.scheme();
        String prac = Tokens.bearer(Roles.PRACTITIONER, from.code(), onto.code());
        Fixtures.CaseRef old = Fixtures.caseOn(from);
        given().header("Authorization", prac).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.needsBody(daysAgo(20))).when().put("/v1/cases/" + old.id() + "/needs").then().statusCode(200);
        Response moved = given().header("Authorization", prac).header("If-Match", "\"0\"")
                .header("Idempotency-Key", "transfer-" + old.id()).header("X-Access-Reason", "Moved to Coventry")
                .contentType(ContentType.JSON).body(to(onto, daysAgo(2))).when().post("/v1/cases/" + old.id() + "/transfer");
        assertEquals(201, moved.statusCode(), moved.asString());
        String next = moved.path("id");
        assertTrue(moved.header("Location").endsWith("/v1/cases/" + next));
        assertEquals(onto.id(), moved.path("schemeId"));
        assertEquals(old.crn(), moved.path("crn"));
        assertEquals(daysAgo(2), moved.path("selectedOn"));
        assertEquals("ACTIVE", moved.path("status"));
        assertEquals(old.id(), moved.path("transferredFromCaseId"));
        assertEquals("test-" + Roles.PRACTITIONER, moved.path("selectedBy"));

        given().header("Authorization", prac).when().get("/v1/cases/" + old.id()).then().statusCode(200)
                .body("status", equalTo("EXITED")).body("exitReason", equalTo("TRANSFERRED"))
                .body("exitedOn", equalTo(daysAgo(2))).body("transferredToCaseId", equalTo(next))
                .body("exitedBy", equalTo("test-" + Roles.PRACTITIONER)).body("version", nullValue());
        // Needs stay with the case they were recorded on.
        given().header("Authorization", prac).when().get("/v1/cases/" + old.id() + "/needs").then().statusCode(200)
                .body("current", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", prac).when().get("/v1/cases/" + next + "/needs").then().statusCode(200)
                .body("current", nullValue());
        // Both histories.
        JsonPath oldHistory = CaseHistoryTest.history(prac, old.id());
        assertEquals(List.of("SELECTED", "NEEDS_ASSESSED", "TRANSFERRED_OUT"), oldHistory.getList("items.operation"));
        assertEquals(next, oldHistory.getString("items[2].resourceId"));
        assertEquals(List.of("ACTIVE", "EXITED"), CaseHistoryTest.changes(oldHistory, 2).get("status"));
        assertEquals(java.util.Arrays.asList(null, "TRANSFERRED"), CaseHistoryTest.changes(oldHistory, 2).get("exitReason"));
        assertEquals(java.util.Arrays.asList(null, next), CaseHistoryTest.changes(oldHistory, 2).get("transferredToCaseId"));
        assertEquals("Moved to Coventry", oldHistory.getString("items[2].reason"));
        JsonPath newHistory = CaseHistoryTest.history(prac, next);
        assertEquals(List.of("TRANSFERRED_IN"), newHistory.getList("items.operation"));
        assertEquals(old.id(), newHistory.getString("items[0].resourceId"));
        assertEquals(java.util.Arrays.asList(null, onto.id()), CaseHistoryTest.changes(newHistory, 0).get("schemeId"));

        // A retry with the same key replays the answer; the move happened once.
        Response replay = given().header("Authorization", prac).header("If-Match", "\"0\"")
                .header("Idempotency-Key", "transfer-" + old.id()).header("X-Access-Reason", "Moved to Coventry")
                .contentType(ContentType.JSON).body(to(onto, daysAgo(2))).when().post("/v1/cases/" + old.id() + "/transfer");
        assertEquals(201, replay.statusCode(), replay.asString());
        assertEquals(next, replay.path("id"));
        // Without a key, a second transfer of the exited case is a conflict.
        assertEquals(409, transfer(prac, old.id(), "\"1\"", to(onto, daysAgo(1))).statusCode());
    }

    @Test
    void badTransfersAreRefusedAndChangeNothing() {
        SchemeRef from = Fixtures.scheme();
        SchemeRef onto = Fixtures.scheme();
        SchemeRef notMine = Fixtures.scheme();
        String prac = Tokens.bearer(Roles.PRACTITIONER, from.code(), onto.code());
        Fixtures.CaseRef c = Fixtures.caseOn(from);
        Response same = transfer(prac, c.id(), "\"0\"", to(from, daysAgo(1)));
        assertEquals(400, same.statusCode(), same.asString());
        assertEquals("schemeId", same.path("errors[0].field"));
        Response future = transfer(prac, c.id(), "\"0\"", to(onto, LocalDate.now().plusDays(1).toString()));
        assertEquals(400, future.statusCode());
        assertEquals("transferredOn", future.path("errors[0].field"));
        Response missing = transfer(prac, c.id(), "\"0\"", Map.of("schemeId", onto.id()));
        assertEquals(400, missing.statusCode());
        assertEquals("transferredOn", missing.path("errors[0].field"));
        Response unknown = transfer(prac, c.id(), "\"0\"", Map.of("schemeId", onto.id(), "transferredOn", daysAgo(1),
                "crn", "X000000"));
        assertEquals(400, unknown.statusCode());
        assertEquals(403, transfer(prac, c.id(), "\"0\"", to(notMine, daysAgo(1))).statusCode());
        assertEquals(404, transfer(Tokens.bearer(Roles.PRACTITIONER, onto.code()), c.id(), "\"0\"",
                to(onto, daysAgo(1))).statusCode());
        assertEquals(412, transfer(prac, c.id(), "\"5\"", to(onto, daysAgo(1))).statusCode());
        Map<String, Object> flex = to(onto, daysAgo(1));
        flex.put("cohort", "FREE");
        Response cohort = transfer(prac, c.id(), "\"0\"", flex);
        assertEquals(400, cohort.statusCode(), cohort.asString());
        assertEquals("cohort", cohort.path("errors[0].field"));
        // The exit's TRANSFERRED is reserved for transfers.
        Response exit = given().header("Authorization", prac).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("exitedOn", daysAgo(1), "reason", "TRANSFERRED")).when().post("/v1/cases/" + c.id() + "/exit");
        assertEquals(400, exit.statusCode());
        assertEquals("reason", exit.path("errors[0].field"));
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id()).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("transferredToCaseId", nullValue());
        assertEquals(List.of("SELECTED"), CaseHistoryTest.history(ADMIN, c.id()).getList("items.operation"));
        given().header("Authorization", ADMIN).queryParam("crn", c.crn()).when().get("/v1/cases").then()
                .statusCode(200).body("items.size()", equalTo(1));
    }
}
