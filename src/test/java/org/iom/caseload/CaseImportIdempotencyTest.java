package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on POST /v1/case-imports: a client that lost the answer to an import (a timeout, a dropped
 * connection) sends the same file with the same key again and gets the first answer, not a second import.
 */
@QuarkusTest
class CaseImportIdempotencyTest {

    static final String ADMIN = CaseImportTest.ADMIN;
    static final String ADMIN_SUBJECT = "test-" + Roles.ADMIN;

    @Inject AgroalDataSource db;

    static ValidatableResponse post(String bearer, String key, String schemeId, String body) {
        var request = given().header("Authorization", bearer).contentType("text/csv; charset=UTF-8")
                .queryParam("schemeId", schemeId).body(body.getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/v1/case-imports").then().log().ifValidationFails();
    }

    static String file(List<String> crns) {
        StringBuilder sb = new StringBuilder(CaseImportTest.HEADER).append('\n');
        crns.forEach(crn -> sb.append(CaseImportTest.csvRow(crn)).append('\n'));
        return sb.toString();
    }

    static String key() {
        return "import-" + UUID.randomUUID();
    }

    long count(String sql, Object... params) throws SQLException {
        return CaseImportTest.count(db, sql, params);
    }

    void execute(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    /** A RUNNING import row with this key, as an instance that is (or was) importing it would have left. */
    UUID runningImport(String schemeId, String key, Instant updatedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("""
                insert into case_import (id, scheme_id, format, status, rows_read, imported, rejected_count,
                                         rejected_truncated, started_by, started_at, updated_at, idempotency_key)
                values (?, ?, 'CSV', 'RUNNING', 1, 0, 0, false, ?, ?, ?, ?)""",
                id, UUID.fromString(schemeId), ADMIN_SUBJECT, Timestamp.from(updatedAt), Timestamp.from(updatedAt), key);
        return id;
    }

    @Test
    void theSameKeyAndFileReplaysTheFirstAnswerAndImportsOnce() throws SQLException {
        var scheme = Fixtures.scheme();
        List<String> crns = CaseImportTest.crns(3);
        String key = key();
        ExtractableResponse<Response> first = post(ADMIN, key, scheme.id(), file(crns)).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("COMPLETED")).body("imported", equalTo(3)).extract();
        String id = first.path("id");

        post(ADMIN, key, scheme.id(), file(crns)).statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(id)).body("status", equalTo("COMPLETED")).body("imported", equalTo(3))
                .body("finishedAt", equalTo(first.path("finishedAt")));

        assertEquals(1, count("select count(*) from case_import where started_by = ? and idempotency_key = ?",
                ADMIN_SUBJECT, key), "one import");
        for (String crn : crns) {
            CaseImportTest.casesOf(scheme.id(), crn).body("items", hasSize(1));
        }
        assertEquals(3, count("select count(*) from audit_event where action = 'COLLECTION' and case_id in "
                + "(select id from iom_case where import_id = ?)", UUID.fromString(id)), "one COLLECTION entry per case, not two");
    }

    @Test
    void theSameKeyWithAnotherFileOrSchemeIs409NamingTheImportThatHoldsItAndImportsNothing() {
        var scheme = Fixtures.scheme();
        var other = Fixtures.scheme();
        String key = key();
        List<String> crns = CaseImportTest.crns(2);
        String first = post(ADMIN, key, scheme.id(), file(crns)).statusCode(201).extract().path("id");

        List<String> more = CaseImportTest.crns(2);
        post(ADMIN, key, scheme.id(), file(more)).statusCode(409).contentType("application/problem+json")
                .header("Idempotent-Replayed", nullValue())
                .body("conflictingId", equalTo(first))
                .body("detail", containsString("use a new key"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post(ADMIN, key, other.id(), file(crns)).statusCode(409).body("conflictingId", equalTo(first));
        for (String crn : more) {
            CaseImportTest.casesOf(scheme.id(), crn).body("items", hasSize(0));
        }
        CaseImportTest.casesOf(other.id(), crns.get(0)).body("items", hasSize(0));
    }

    @Test
    void aRejectedImportIsReplayedAsTheSame422() {
        var scheme = Fixtures.scheme();
        String key = key();
        String bad = CaseImportTest.HEADER + "\n" + CaseImportTest.csvRow(Fixtures.randomCrn()) + "\n"
                + CaseImportTest.csvRow("not-a-crn") + "\n";
        ExtractableResponse<Response> first = post(ADMIN, key, scheme.id(), bad).statusCode(422)
                .body("type", containsString("import-rejected")).extract();

        post(ADMIN, key, scheme.id(), bad).statusCode(422).contentType("application/problem+json")
                .header("Idempotent-Replayed", equalTo("true"))
                .body("type", equalTo(first.path("type")))
                .body("detail", equalTo(first.path("detail")))
                .body("importId", equalTo(first.path("importId")))
                .body("rowsRead", equalTo(2)).body("rejectedCount", equalTo(first.path("rejectedCount")))
                .body("rejected", equalTo(first.path("rejected")));
    }

    @Test
    void keysArePerCaller() {
        var scheme = Fixtures.scheme();
        String key = key();
        String adminImport = post(ADMIN, key, scheme.id(), file(CaseImportTest.crns(1))).statusCode(201)
                .extract().path("id");
        String practitioner = Tokens.bearer(Roles.PRACTITIONER, scheme.code());
        post(practitioner, key, scheme.id(), file(CaseImportTest.crns(1))).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("id", not(equalTo(adminImport)));
    }

    @Test
    void aKeyWhoseImportIsStillRunningIs409() throws SQLException {
        var scheme = Fixtures.scheme();
        String key = key();
        UUID running = runningImport(scheme.id(), key, Instant.now());
        List<String> crns = CaseImportTest.crns(1);
        post(ADMIN, key, scheme.id(), file(crns)).statusCode(409).contentType("application/problem+json")
                .body("conflictingId", equalTo(running.toString()))
                .body("detail", containsString("/v1/case-imports/" + running));
        CaseImportTest.casesOf(scheme.id(), crns.get(0)).body("items", hasSize(0));
    }

    @Test
    void theKeyOfAnImportThatFailedMayBeUsedAgain() throws SQLException {
        var scheme = Fixtures.scheme();
        String key = key();
        // Its instance stopped mid-import long ago: nobody holds its run lock, and it has not moved for a minute.
        UUID interrupted = runningImport(scheme.id(), key, Instant.now().minusSeconds(60));
        List<String> crns = CaseImportTest.crns(2);
        String id = post(ADMIN, key, scheme.id(), file(crns)).statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("imported", equalTo(2)).extract().path("id");
        assertNotEquals(interrupted.toString(), id);
        given().header("Authorization", ADMIN).when().get("/v1/case-imports/" + interrupted).then().statusCode(200)
                .body("status", equalTo("FAILED"));
        // And the new import now owns the key.
        post(ADMIN, key, scheme.id(), file(crns)).statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(id));
    }

    @Test
    void aMalformedKeyIs400() {
        var scheme = Fixtures.scheme();
        List<String> crns = CaseImportTest.crns(1);
        post(ADMIN, "x".repeat(201), scheme.id(), file(crns)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        CaseImportTest.casesOf(scheme.id(), crns.get(0)).body("items", hasSize(0));
    }
}
