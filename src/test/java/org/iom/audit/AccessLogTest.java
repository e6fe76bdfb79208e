package org.iom.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.iom.common.AppClock;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** The DPA 2018 s62 access log: a known sequence of calls writes exactly the expected entries. */
@QuarkusTest
class AccessLogTest {

    @Inject DataSource dataSource;

    record Entry(String action, String caseId, String schemeId, String actor, String client, String roles,
            String reason, String requestId) {}

    private List<Entry> entriesOf(String actor) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        select action, case_id, scheme_id, actor, client, roles, reason, request_id, occurred_at
                        from audit_event where actor = ? order by id""")) {
            ps.setString(1, actor);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertTrue(rs.getTimestamp("occurred_at") != null);
                    entries.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            return entries;
        }
    }

    @Test
    void aKnownSequenceOfCallsWritesExactlyTheExpectedEntries() throws Exception {
        var scheme = Fixtures.scheme();
        String actor = "auditee-" + UUID.randomUUID();
        String token = "Bearer " + Tokens.builder(actor, Set.of(Roles.PRACTITIONER), scheme.code()).sign();
        String today = LocalDate.now(AppClock.UK).toString();

        // 1. two selections (COLLECTION each), the first with a reason and a request id
        String a = given().header("Authorization", token).header("X-Access-Reason", "Selection panel 2026-11")
                .header("X-Request-Id", "req-select-a").contentType(ContentType.JSON)
                .body(Fixtures.caseBody(scheme.id())).when().post("/v1/cases")
                .then().statusCode(201).header("X-Request-Id", "req-select-a").extract().path("id");
        String b = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Fixtures.caseBody(scheme.id())).when().post("/v1/cases")
                .then().statusCode(201).extract().path("id");
        // 2. read one case (CONSULTATION)
        given().header("Authorization", token).when().get("/v1/cases/" + a).then().statusCode(200);
        // 3. a list page of two cases (CONSULTATION for each, one statement)
        given().header("Authorization", token).queryParam("schemeId", scheme.id()).when().get("/v1/cases")
                .then().statusCode(200);
        // 4. a change (ALTERATION)
        given().header("Authorization", token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("rag", "RED")).when().patch("/v1/cases/" + a).then().statusCode(200);
        // 5. needs recorded (ALTERATION) and read (CONSULTATION)
        given().header("Authorization", token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.needsBody(today))
                .when().put("/v1/cases/" + a + "/needs").then().statusCode(200);
        given().header("Authorization", token).when().get("/v1/cases/" + a + "/needs").then().statusCode(200);
        // 6. a review recorded (ALTERATION) and the reviews read (CONSULTATION)
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Fixtures.reviewBody(today, LocalDate.now(AppClock.UK).minusDays(30).toString(), today))
                .when().post("/v1/cases/" + a + "/outcome-reviews").then().statusCode(201);
        given().header("Authorization", token).when().get("/v1/cases/" + a + "/outcome-reviews").then().statusCode(200);
        // 7. an exit (ALTERATION), with a reason
        given().header("Authorization", token).header("If-Match", "\"0\"").header("X-Access-Reason", "Sentenced")
                .contentType(ContentType.JSON).body(Map.of("exitedOn", today, "reason", "CUSTODY"))
                .when().post("/v1/cases/" + b + "/exit").then().statusCode(200);
        // Failed requests change nothing, so they log nothing: 400, 404, 409, 412, 428 and an empty list.
        given().header("Authorization", token).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("rag", "PURPLE")).when().patch("/v1/cases/" + a).then().statusCode(400);
        given().header("Authorization", token).when().get("/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", token).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("rag", "RED")).when().patch("/v1/cases/" + b).then().statusCode(409);
        given().header("Authorization", token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("rag", "GREEN")).when().patch("/v1/cases/" + a).then().statusCode(412);
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("rag", "GREEN")).when().patch("/v1/cases/" + a).then().statusCode(428);
        given().header("Authorization", token).queryParam("crn", "Q000000").when().get("/v1/cases")
                .then().statusCode(200);
        // Reading schemes is not case data.
        given().header("Authorization", token).when().get("/v1/schemes/" + scheme.id()).then().statusCode(200);

        List<Entry> entries = entriesOf(actor);
        List<String> expected = List.of(
                "COLLECTION " + a, "COLLECTION " + b,
                "CONSULTATION " + a,
                "CONSULTATION " + a, "CONSULTATION " + b,
                "ALTERATION " + a,
                "ALTERATION " + a, "CONSULTATION " + a,
                "ALTERATION " + a, "CONSULTATION " + a,
                "ALTERATION " + b);
        assertEquals(expected, entries.stream().map(e -> e.action() + " " + e.caseId()).toList());
        for (Entry e : entries) {
            assertEquals(scheme.id(), e.schemeId());
            assertEquals("iom-tests", e.client());
            assertEquals(Roles.PRACTITIONER, e.roles());
            assertTrue(e.requestId() != null && !e.requestId().isBlank());
        }
        assertEquals("Selection panel 2026-11", entries.get(0).reason());
        assertEquals("req-select-a", entries.get(0).requestId());
        assertEquals(null, entries.get(1).reason());
        assertEquals("Sentenced", entries.get(10).reason());
        // One request id per request: both list entries share theirs, other requests have their own.
        assertEquals(entries.get(3).requestId(), entries.get(4).requestId());
        assertNotEquals(entries.get(2).requestId(), entries.get(3).requestId());
    }

    @Test
    void theRequestIdIsEchoedOrGenerated() {
        String admin = Tokens.bearer(Roles.ADMIN);
        given().header("Authorization", admin).header("X-Request-Id", "abc-123:x/y")
                .when().get("/v1/schemes").then().statusCode(200).header("X-Request-Id", "abc-123:x/y");
        String generated = given().header("Authorization", admin).header("X-Request-Id", "bad id; drop table")
                .when().get("/v1/schemes").then().statusCode(200).extract().header("X-Request-Id");
        assertEquals(7, UUID.fromString(generated).version());
        String tooLong = "x".repeat(101);
        assertNotEquals(tooLong, given().header("Authorization", admin).header("X-Request-Id", tooLong)
                .when().get("/v1/schemes").then().extract().header("X-Request-Id"));
        // Errors carry it too.
        given().header("X-Request-Id", "unauth-1").when().get("/v1/cases").then().statusCode(401)
                .header("X-Request-Id", "unauth-1");
    }

    @Test
    void anOverlongOrControlCharacterReasonIs400AndLogsNothing() throws Exception {
        var scheme = Fixtures.scheme();
        var c = Fixtures.caseOn(scheme);
        String actor = "auditee-" + UUID.randomUUID();
        String token = "Bearer " + Tokens.builder(actor, Set.of(Roles.ADMIN)).sign();
        given().header("Authorization", token).header("X-Access-Reason", "r".repeat(501))
                .when().get("/v1/cases/" + c.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("X-Access-Reason"));
        given().header("Authorization", token).header("X-Access-Reason", "tab\there")
                .when().get("/v1/cases/" + c.id())
                .then().statusCode(400).body("errors.field", hasItem("X-Access-Reason"));
        assertEquals(List.of(), entriesOf(actor));
        given().header("Authorization", token).header("X-Access-Reason", "r".repeat(500))
                .when().get("/v1/cases/" + c.id()).then().statusCode(200).body("id", equalTo(c.id()));
        assertEquals(1, entriesOf(actor).size());
        assertEquals(500, entriesOf(actor).get(0).reason().length());
    }

    @Test
    void theLogIsAppendOnly() throws Exception {
        var c = Fixtures.caseOn(Fixtures.scheme());
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(true);
            assertThrows(SQLException.class, () -> conn.createStatement()
                    .executeUpdate("update audit_event set actor = 'someone-else' where case_id = '" + c.id() + "'"));
            assertThrows(SQLException.class, () -> conn.createStatement()
                    .executeUpdate("delete from audit_event where case_id = '" + c.id() + "'"));
        }
    }
}
