package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.iom.common.db.Database;
import org.iom.security.Roles;
import org.iom.support.DatabaseDump;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: erasing a case removes its personal data from every copy the service keeps (ADR 0020's list): the case
 * row, review notes, import reports' rejected rows and the answers stored under Idempotency-Keys. The proof is the
 * whole database's data, dumped after the README's erase flow, searched for the person's identifiers.
 */
@QuarkusTest
class ErasureEverywhereTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Inject DatabaseDump dump;
    @Inject Database database;

    /** A PNC id with a random serial and its right check letter (DOMAIN.md). */
    static String randomPnc() {
        int serial = ThreadLocalRandom.current().nextInt(10_000_000);
        long n = 24L * 10_000_000 + serial;
        return "2024/" + String.format("%07d", serial) + "ZABCDEFGHJKLMNPQRTUVWXY".charAt((int) (n % 23));
    }

    static String unique(String prefix) {
        return prefix + " " + Fixtures.uniqueCode();
    }

    @Test
    void afterTheReadmeEraseFlowNoCopyOfThePersonIsLeft() throws Exception {
        // Before the fix (issue 21) the replay below answered 201 with the CRN, PNC id and leads.
        SchemeRef scheme = Fixtures.scheme();
        String prac = Tokens.bearer(Roles.PRACTITIONER, scheme.code());
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        String crn = (String) body.get("crn");
        String pnc = randomPnc();
        String policeLead = unique("PC Lead");
        String probationLead = unique("PO Lead");
        String note = unique("Met his sister");
        body.put("pncId", pnc);
        body.put("policeLead", policeLead);
        body.put("probationLead", probationLead);
        String key = "select-" + crn + "-" + Fixtures.uniqueCode();

        // The README flow: select with an Idempotency-Key, change, exit, erase; plus a review note and an import
        // of the same person that is rejected (its report names the person and the case).
        Response selected = given().header("Authorization", prac).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/v1/cases");
        assertEquals(201, selected.statusCode(), selected.asString());
        String id = selected.path("id");
        Map<String, Object> review = Fixtures.reviewBody(daysAgo(3), daysAgo(50), daysAgo(4));
        review.put("note", note);
        given().header("Authorization", prac).header("Idempotency-Key", "review-" + key).contentType(ContentType.JSON)
                .body(review).when().post("/v1/cases/" + id + "/outcome-reviews").then().statusCode(201);
        given().header("Authorization", prac).header("If-Match", "\"0\"").header("Idempotency-Key", "patch-" + key)
                .contentType("application/merge-patch+json").body(Map.of("rag", "RED"))
                .when().patch("/v1/cases/" + id).then().statusCode(200).body("policeLead", equalTo(policeLead));
        String csv = "crn,pncId,cohort,selectedOn,selectionReason,riskOfSeriousHarm,leadAgency,policeLead,rag\n"
                + crn + "," + pnc + ",FIXED," + daysAgo(2) + ",BURGLARY,HIGH,POLICE," + policeLead + ",AMBER\n";
        given().header("Authorization", prac).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("schemeId", scheme.id()).when().post("/v1/case-imports")
                .then().statusCode(422).body("rejected.field", hasItem("crn"));
        given().header("Authorization", prac).header("If-Match", "\"1\"").header("Idempotency-Key", "exit-" + key)
                .contentType(ContentType.JSON).body(Map.of("exitedOn", daysAgo(1), "reason", "RISK_REDUCED"))
                .when().post("/v1/cases/" + id + "/exit").then().statusCode(200);
        List<String> identifiers = List.of(crn, pnc, policeLead, probationLead, note);
        String before = dump.data();
        for (String s : identifiers) {
            assertTrue(before.contains(s), "the dump shows data before the erasure: " + s);
        }
        assertTrue(before.contains(id + ". Exit it"), "the import report names the case before the erasure");

        given().header("Authorization", ADMIN).header("If-Match", "\"2\"")
                .header("X-Access-Reason", "Erasure request ER-2026-0113 upheld")
                .when().delete("/v1/cases/" + id).then().statusCode(204);

        // A replay of any key about the case answers 404, never the old body.
        Response replay = given().header("Authorization", prac).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/v1/cases");
        assertEquals(404, replay.statusCode(), replay.asString());
        assertEquals("application/problem+json", replay.contentType());
        for (String s : identifiers) {
            assertFalse(replay.asString().contains(s), "replay shows " + s);
        }
        given().header("Authorization", prac).header("If-Match", "\"0\"").header("Idempotency-Key", "patch-" + key)
                .contentType("application/merge-patch+json").body(Map.of("rag", "RED"))
                .when().patch("/v1/cases/" + id).then().statusCode(404);
        given().header("Authorization", prac).header("Idempotency-Key", "review-" + key).contentType(ContentType.JSON)
                .body(review).when().post("/v1/cases/" + id + "/outcome-reviews").then().statusCode(404);

        String after = dump.data();
        System.out.println("ErasureEverywhereTest: the database's data was dumped with " + dump.how());
        for (String s : identifiers) {
            assertFalse(after.contains(s), dump.how() + " still holds " + s + " after the erasure, in: "
                    + dump.linesContaining(after, s));
        }
        assertFalse(after.contains(id + ". Exit it"), "the import report still names the erased case");
    }

    /** Selects, exits and erases a case with an Idempotency-Key; returns the case id. */
    static String selectExitErase(String prac, Map<String, Object> body, String key) {
        String id = given().header("Authorization", prac).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/v1/cases").then().statusCode(201).extract().path("id");
        given().header("Authorization", prac).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("exitedOn", daysAgo(1), "reason", "RISK_REDUCED"))
                .when().post("/v1/cases/" + id + "/exit").then().statusCode(200);
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").header("X-Access-Reason", "ER-3")
                .when().delete("/v1/cases/" + id).then().statusCode(204);
        return id;
    }

    @Test
    void aKeyReusedAfterItsTombstoneExpiredCanBeErasedAgain() {
        SchemeRef scheme = Fixtures.scheme();
        String prac = Tokens.bearer(Roles.PRACTITIONER, scheme.code());
        String key = "reused-" + Fixtures.uniqueCode();
        selectExitErase(prac, Fixtures.caseBody(scheme.id()), key);
        // 25 hours later the tombstone has expired but the purge has not run yet.
        database.jdbi().useHandle(h -> h.createUpdate("update idempotency_record set created_at = created_at - "
                + "interval '25 hours' where caller = :caller and idempotency_key like 'erased:%' and created_at > "
                + "now() - interval '1 hour'").bind("caller", "test-" + Roles.PRACTITIONER).execute());
        String second = selectExitErase(prac, Fixtures.caseBody(scheme.id()), key);
        given().header("Authorization", prac).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Fixtures.caseBody(scheme.id())).when().post("/v1/cases").then().statusCode(404);
        assertTrue(second != null);
    }

    static String daysAgo(int n) {
        return LocalDate.now().minusDays(n).toString();
    }
}
