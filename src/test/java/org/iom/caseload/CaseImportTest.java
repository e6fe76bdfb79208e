package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** POST /v1/case-imports and GET /v1/case-imports/{id}: bulk import, all rows or none. */
@QuarkusTest
class CaseImportTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final String HEADER = "crn,pncId,cohort,selectedOn,selectionReason,riskOfSeriousHarm,predictorScore,"
            + "leadAgency,policeLead,probationLead,rag,nextReviewOn";
    static final String SELECTED = LocalDate.now().minusDays(30).toString();
    static final String REVIEW = LocalDate.now().plusDays(30).toString();

    @Inject AgroalDataSource db;

    static String csvRow(String crn) {
        return crn + ",2012/0123456Y,FIXED," + SELECTED + ",BURGLARY,HIGH,72,JOINT,PC 1234 Patel,J. Okafor,AMBER," + REVIEW;
    }

    static String ndjsonRow(String crn) {
        return "{\"crn\":\"" + crn + "\",\"cohort\":\"FLEX\",\"selectedOn\":\"" + SELECTED + "\",\"selectionReason\":"
                + "\"ROBBERY\",\"riskOfSeriousHarm\":\"MEDIUM\",\"leadAgency\":\"POLICE\",\"rag\":\"GREEN\"}";
    }

    static ValidatableResponse post(String bearer, String schemeId, String contentType, String body) {
        // rest-assured would add "; charset=ISO-8859-1" to a text type without one: the service reads UTF-8 only.
        String type = contentType.contains("charset") ? contentType : contentType + "; charset=UTF-8";
        return given().header("Authorization", bearer).contentType(type).queryParam("schemeId", schemeId)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/case-imports").then();
    }

    static List<String> crns(int n) {
        List<String> crns = new ArrayList<>();
        while (crns.size() < n) {
            String crn = Fixtures.randomCrn();
            if (!crns.contains(crn)) {
                crns.add(crn);
            }
        }
        return crns;
    }

    static ValidatableResponse casesOf(String schemeId, String crn) {
        return given().header("Authorization", ADMIN).queryParam("schemeId", schemeId).queryParam("crn", crn)
                .when().get("/v1/cases").then().statusCode(200);
    }

    long count(String sql, Object... params) throws SQLException {
        return count(db, sql, params);
    }

    /** The single number {@code sql} (with positional {@code params}) selects. */
    static long count(AgroalDataSource db, String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aCsvFileIsImportedWithEveryFieldAndOneAccessLogEntryPerCase() throws SQLException {
        var scheme = Fixtures.scheme();
        List<String> crn = crns(3);
        // Columns in another order than documented; a quoted cell with a comma and a line break; empty cells are null.
        String csv = "rag,crn,cohort,selectedOn,selectionReason,riskOfSeriousHarm,leadAgency,policeLead,pncId,predictorScore\r\n"
                + "AMBER," + crn.get(0) + ",FIXED," + SELECTED + ",BURGLARY,HIGH,JOINT,\"Patel, PC 1234\nWest Mids\",2012/0123456Y,72\r\n"
                + "GREEN," + crn.get(1) + ",FLEX," + SELECTED + ",ROBBERY,LOW,POLICE,,,\r\n"
                + "RED," + crn.get(2) + ",FIXED," + SELECTED + ",VEHICLE_CRIME,VERY_HIGH,PROBATION,\"Say \"\"hi\"\"\",,0\r\n";
        String location = post(ADMIN, scheme.id(), "text/csv", csv)
                .statusCode(201)
                .header("Location", containsString("/v1/case-imports/"))
                .body("schemeId", equalTo(scheme.id()))
                .body("format", equalTo("CSV"))
                .body("status", equalTo("COMPLETED"))
                .body("rowsRead", equalTo(3))
                .body("imported", equalTo(3))
                .body("rejected", empty())
                .body("rejectedCount", equalTo(0))
                .body("finishedAt", containsString("T"))
                .extract().header("Location");
        String importId = location.substring(location.lastIndexOf('/') + 1);
        UUID id = UUID.fromString(importId);
        assertEquals(3, count("select count(*) from iom_case where import_id = ?", id));
        assertEquals(3, count("""
                select count(*) from audit_event a join iom_case c on c.id = a.case_id
                where c.import_id = ? and a.action = 'COLLECTION' and a.actor = ?""", id, "test-" + Roles.ADMIN),
                "one COLLECTION entry per case");
        assertEquals(3, count("select count(*) from audit_event where case_id in (select id from iom_case "
                + "where import_id = ?)", id), "and nothing else");

        casesOf(scheme.id(), crn.get(0)).body("items", hasSize(1))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].cohort", equalTo("FIXED"))
                .body("items[0].selectedOn", equalTo(SELECTED))
                .body("items[0].selectionReason", equalTo("BURGLARY"))
                .body("items[0].riskOfSeriousHarm", equalTo("HIGH"))
                .body("items[0].leadAgency", equalTo("JOINT"))
                .body("items[0].policeLead", equalTo("Patel, PC 1234\nWest Mids"))
                .body("items[0].probationLead", nullValue())
                .body("items[0].pncId", equalTo("2012/0123456Y"))
                .body("items[0].predictorScore", equalTo(72))
                .body("items[0].rag", equalTo("AMBER"))
                .body("items[0].nextReviewOn", nullValue());
        casesOf(scheme.id(), crn.get(1)).body("items", hasSize(1))
                .body("items[0].pncId", nullValue()).body("items[0].predictorScore", nullValue())
                .body("items[0].policeLead", nullValue()).body("items[0].cohort", equalTo("FLEX"));
        casesOf(scheme.id(), crn.get(2)).body("items[0].policeLead", equalTo("Say \"hi\""))
                .body("items[0].predictorScore", equalTo(0));


        given().header("Authorization", ADMIN).when().get(location).then().statusCode(200)
                .body("id", equalTo(importId)).body("status", equalTo("COMPLETED")).body("rowsRead", equalTo(3))
                .body("imported", equalTo(3)).body("rejected", empty());
    }

    @Test
    void anNdjsonFileIsImported() throws SQLException {
        var scheme = Fixtures.scheme();
        List<String> crn = crns(2);
        String body = ndjsonRow(crn.get(0)) + "\n"
                + ndjsonRow(crn.get(1)).replace("{", "{\"schemeId\":\"" + scheme.id() + "\",\"pncId\":\"2012/0123456Y\","
                + "\"predictorScore\":5,") + "\r\n\n";
        String id = post(ADMIN, scheme.id(), "application/x-ndjson", body)
                .statusCode(201).body("format", equalTo("NDJSON")).body("status", equalTo("COMPLETED"))
                .body("rowsRead", equalTo(2)).body("imported", equalTo(2)).extract().path("id");
        casesOf(scheme.id(), crn.get(0)).body("items", hasSize(1)).body("items[0].cohort", equalTo("FLEX"))
                .body("items[0].pncId", nullValue()).body("items[0].riskOfSeriousHarm", equalTo("MEDIUM"));
        casesOf(scheme.id(), crn.get(1)).body("items[0].pncId", equalTo("2012/0123456Y"))
                .body("items[0].predictorScore", equalTo(5));
        assertEquals(2, count("select count(*) from audit_event a join iom_case c on c.id = a.case_id "
                + "where c.import_id = ? and a.action = 'COLLECTION'", UUID.fromString(id)));
    }

    @Test
    void oneBadRowAmongGoodOnesImportsNothing() throws SQLException {
        var scheme = Fixtures.scheme();
        List<String> crn = crns(4);
        String csv = HEADER + "\n" + csvRow(crn.get(0)) + "\n" + csvRow(crn.get(1)) + "\n"
                + csvRow(crn.get(2)).replace("2012/0123456Y", "2012/0123456Z") + "\n" + csvRow(crn.get(3)) + "\n";
        String importId = post(ADMIN, scheme.id(), "text/csv", csv)
                .statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/import-rejected"))
                .body("rowsRead", equalTo(4)).body("imported", equalTo(0)).body("rejectedCount", equalTo(1))
                .body("rejectedTruncated", is(false))
                .body("rejected", hasSize(1))
                .body("rejected[0].line", equalTo(4))
                .body("rejected[0].field", equalTo("pncId"))
                .body("rejected[0].message", equalTo("check letter does not match the number (expected Y)"))
                .extract().path("importId");
        for (String c : crn) {
            casesOf(scheme.id(), c).body("items", empty());
        }
        assertEquals(0, count("select count(*) from iom_case where scheme_id = ?", UUID.fromString(scheme.id())));
        given().header("Authorization", ADMIN).when().get("/v1/case-imports/" + importId).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rowsRead", equalTo(4)).body("imported", equalTo(0))
                .body("rejected[0].line", equalTo(4)).body("rejected[0].field", equalTo("pncId"))
                .body("finishedAt", containsString("T"));
    }

    @Test
    void theReportNamesEveryRejectedRowWithLineFieldAndMessage() {
        var scheme = Fixtures.scheme(); // runs FIXED and FLEX
        List<String> crn = crns(8);
        var active = Fixtures.caseWith(Map.of("schemeId", scheme.id(), "crn", crn.get(7), "cohort", "FIXED",
                "selectedOn", SELECTED, "selectionReason", "BURGLARY", "riskOfSeriousHarm", "LOW", "leadAgency", "JOINT",
                "rag", "GREEN"));
        String future = LocalDate.now().plusDays(3).toString();
        String csv = HEADER + "\n"
                + csvRow(crn.get(0)).replace("PC 1234 Patel", "\"PC 1234\nPatel\"") + "\n"  // lines 2-3: good
                + csvRow(crn.get(1)).replace(",FIXED,", ",FREE,") + "\n"                    // 4: cohort not run
                + csvRow(crn.get(2)).replace(",FIXED,", ",FIXD,") + "\n"                    // 5: not a cohort
                + csvRow(crn.get(3)).replace(SELECTED, future).replace(REVIEW, future) + "\n" // 6: future
                + csvRow(crn.get(0)) + "\n"                                                   // 7: duplicate of 2
                + csvRow(crn.get(7)) + "\n"                                                   // 8: already active
                + csvRow(crn.get(4)).replace(",AMBER,", ",,").replace(",72,", ",100,") + "\n" // 9: no rag, score
                + "X12345,,FIXED\n"                                                           // 10: cells
                + csvRow("x123456") + "\n";                                                   // 11: crn pattern
        post(ADMIN, scheme.id(), "text/csv", csv).statusCode(422)
                .body("rowsRead", equalTo(9))
                .body("rejectedCount", equalTo(9))
                .body("detail", equalTo("8 of 9 rows were rejected (9 problems): nothing was imported."))
                .body("rejected.line", equalTo(List.of(4, 5, 6, 7, 8, 9, 9, 10, 11)))
                .body("rejected.field", equalTo(List.of("cohort", "cohort", "selectedOn", "crn", "crn", "predictorScore",
                        "rag", "row", "crn")))
                .body("rejected[0].message", containsString("does not run the FREE cohort"))
                .body("rejected[1].message", equalTo("invalid value 'FIXD': expected one of FIXED, FLEX, FREE"))
                .body("rejected[2].message", equalTo("must not be in the future"))
                .body("rejected[3].message", containsString("is on an earlier line of this file"))
                .body("rejected[4].message", equalTo("this person (" + crn.get(7) + ") already has an active case on "
                        + "scheme " + scheme.code() + ": " + active.id() + ". Exit it before selecting them again."))
                .body("rejected[5].message", equalTo("must be from 0 to 99"))
                .body("rejected[6].message", equalTo("must not be null"))
                .body("rejected[7].message", equalTo("has 3 cells; the header has 12"))
                .body("rejected[8].message", containsString("one letter followed by six digits"));
        casesOf(scheme.id(), crn.get(0)).body("items", empty());
    }

    @Test
    void ndjsonErrorsAreReportedByLine() {
        var scheme = Fixtures.scheme();
        List<String> crn = crns(6);
        String body = ndjsonRow(crn.get(0)) + "\n"
                + "{\"crn\":\"" + crn.get(1) + "\",\n"                                         // 2: broken JSON
                + ndjsonRow(crn.get(2)).replace("{", "{\"colour\":\"red\",") + "\n"           // 3: unknown property
                + ndjsonRow(crn.get(3)).replace("{", "{\"schemeId\":\"" + UUID.randomUUID() + "\",") + "\n" // 4
                + ndjsonRow(crn.get(4)).replace("\"GREEN\"", "\"PURPLE\"") + "\n"             // 5: bad enum
                + "\n"                                                                         // 6: blank: skipped
                + "[1,2]\n"                                                                    // 7: not an object
                + ndjsonRow(crn.get(0)) + "\n";                                                // 8: duplicate of 1
        post(ADMIN, scheme.id(), "application/x-ndjson", body).statusCode(422)
                .body("rowsRead", equalTo(7))
                .body("rejected.line", equalTo(List.of(2, 3, 4, 5, 7, 8)))
                .body("rejected.field", equalTo(List.of("row", "colour", "schemeId", "rag", "row", "crn")))
                .body("rejected[0].message", containsString("not valid JSON"))
                .body("rejected[1].message", equalTo("unknown property 'colour' is not allowed"))
                .body("rejected[3].message", equalTo("invalid value 'PURPLE': expected one of RED, AMBER, GREEN"))
                .body("rejected[4].message", equalTo("not a JSON object"));
    }

    @Test
    void practitionersImportOntoTheirOwnSchemesOnly() {
        var own = Fixtures.scheme();
        var other = Fixtures.scheme();
        String practitioner = Tokens.bearer(Roles.PRACTITIONER, own.code());
        String crn = Fixtures.randomCrn();
        post(practitioner, other.id(), "text/csv", HEADER + "\n" + csvRow(crn) + "\n")
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(other.code() + " is not one of them"));
        casesOf(other.id(), crn).body("items", empty());
        // The same refusal as POST /v1/cases for a case on that scheme.
        Fixtures.postCase(practitioner, Fixtures.caseBody(other.id())).statusCode(403);

        String location = post(practitioner, own.id(), "text/csv", HEADER + "\n" + csvRow(crn) + "\n")
                .statusCode(201).extract().header("Location");
        given().header("Authorization", practitioner).when().get(location).then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER, other.code())).when().get(location)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownMissingAndClosedSchemesAreRefusedAsForOneCase() {
        post(ADMIN, UUID.randomUUID().toString(), "text/csv", HEADER + "\n" + csvRow(Fixtures.randomCrn()))
                .statusCode(400).body("errors[0].field", equalTo("schemeId"));
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8").body(HEADER + "\n")
                .when().post("/v1/case-imports").then().statusCode(400).body("errors[0].field", equalTo("schemeId"));
        post(ADMIN, "not-a-uuid", "text/csv", HEADER).statusCode(400).body("errors[0].field", equalTo("schemeId"));
        Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
        body.put("status", "CLOSED");
        var closed = Fixtures.scheme(body);
        post(ADMIN, closed.id(), "text/csv", HEADER + "\n" + csvRow(Fixtures.randomCrn()))
                .statusCode(409).body("detail", containsString("CLOSED"));
        given().header("Authorization", ADMIN).when().get("/v1/case-imports/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void otherMediaTypesAre415() {
        var scheme = Fixtures.scheme();
        post(ADMIN, scheme.id(), "application/json", "{}").statusCode(415).contentType("application/problem+json");
        post(ADMIN, scheme.id(), "text/csv; charset=ISO-8859-1", HEADER).statusCode(415)
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void aCsvHeaderWithUnknownOrMissingColumnsIs400BeforeAnyRow() throws SQLException {
        var scheme = Fixtures.scheme();
        String crn = Fixtures.randomCrn();
        post(ADMIN, scheme.id(), "text/csv", HEADER + ",colour\n" + csvRow(crn) + ",red\n")
                .statusCode(400).body("errors.field", equalTo(List.of("colour")))
                .body("errors[0].message", containsString("unknown column"));
        post(ADMIN, scheme.id(), "text/csv", HEADER.replace("rag,", "") + "\n" + csvRow(crn) + "\n")
                .statusCode(400).body("errors.field", equalTo(List.of("rag")))
                .body("errors[0].message", equalTo("required column missing from the header row"));
        post(ADMIN, scheme.id(), "text/csv", "schemeId," + HEADER + "\n")
                .statusCode(400).body("errors[0].field", equalTo("schemeId"));
        post(ADMIN, scheme.id(), "text/csv", "crn,crn," + HEADER.substring(4) + "\n")
                .statusCode(400).body("errors[0].message", containsString("more than once"));
        assertEquals(0, count("select count(*) from case_import where scheme_id = ?", UUID.fromString(scheme.id())),
                "a refused header starts no import");
    }

    @Test
    void anEmptyFileIs400() {
        var scheme = Fixtures.scheme();
        post(ADMIN, scheme.id(), "text/csv", "").statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("header row"));
        post(ADMIN, scheme.id(), "text/csv", HEADER + "\r\n").statusCode(400)
                .body("errors[0].message", equalTo("the file has no rows to import"));
        post(ADMIN, scheme.id(), "application/x-ndjson", "").statusCode(400)
                .body("errors[0].message", equalTo("the file has no rows to import"));
        post(ADMIN, scheme.id(), "application/x-ndjson", "\n\n").statusCode(400);
    }

    @Test
    void anImportMayBeLargerThanTheGeneralBodyLimit() {
        var scheme = Fixtures.scheme();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int rows = 0;
        List<String> crn = crns(16_000);
        while (csv.length() < 1_500_000) {
            csv.append(csvRow(crn.get(rows++))).append('\n');
        }
        post(ADMIN, scheme.id(), "text/csv", csv.toString()).statusCode(201)
                .body("imported", equalTo(rows));
        // Every other route keeps the 1 MB limit.
        given().header("Authorization", ADMIN).contentType("application/json")
                .body(("{\"code\":\"" + "A".repeat(1_500_000) + "\"}").getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/schemes").then().statusCode(413);
    }

    @Test
    void progressIsVisibleWhileTheImportRuns() throws Exception {
        var scheme = Fixtures.scheme();
        List<String> crn = crns(301);
        // The REST layer buffers a small body before calling the method (quarkus.rest.input-buffer-size) and streams a
        // larger one: the first part is larger than that buffer. Sent by hand (chunked) so nothing buffers it.
        StringBuilder firstPart = new StringBuilder(HEADER).append('\n');
        crn.subList(0, 300).forEach(c -> firstPart.append(csvRow(c)).append('\n'));
        byte[] first = firstPart.toString().getBytes(StandardCharsets.UTF_8);
        byte[] rest = (csvRow(crn.get(300)) + "\n").getBytes(StandardCharsets.UTF_8);
        java.net.URI base = java.net.URI.create(io.restassured.RestAssured.baseURI);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), io.restassured.RestAssured.port)) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/case-imports?schemeId=" + scheme.id() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + ADMIN + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            writeChunk(out, first);
            String importId = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (importId == null && System.nanoTime() < deadline) {
                try (Connection c = db.getConnection();
                        PreparedStatement s = c.prepareStatement("select id from case_import where scheme_id = ?")) {
                    s.setObject(1, UUID.fromString(scheme.id()));
                    try (ResultSet rs = s.executeQuery()) {
                        importId = rs.next() ? rs.getString(1) : null;
                    }
                }
                Thread.sleep(50);
            }
            assertTrue(importId != null, "the import is recorded while it runs");
            given().header("Authorization", ADMIN).when().get("/v1/case-imports/" + importId).then().statusCode(200)
                    .body("status", equalTo("RUNNING")).body("rowsRead", org.hamcrest.Matchers.greaterThan(0))
                    .body("imported", equalTo(0)).body("finishedAt", nullValue());
            writeChunk(out, rest);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 201", status);
            given().header("Authorization", ADMIN).when().get("/v1/case-imports/" + importId).then().statusCode(200)
                    .body("status", equalTo("COMPLETED")).body("rowsRead", equalTo(301)).body("imported", equalTo(301));
        }
    }

    @Test
    void anImportWhoseTransactionIsGoneIsReportedFailedNotRunningForever() throws Exception {
        var scheme = Fixtures.scheme();
        UUID id = UUID.randomUUID();
        // What an instance that stopped mid-import leaves: its RUNNING row (its transaction, and with it every case and
        // its run lock, is gone).
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into case_import (id, scheme_id, format, status, rows_read, imported, rejected_count,
                                         rejected_truncated, started_by, started_at, updated_at)
                values (?, ?, 'CSV', 'RUNNING', 500, 0, 0, false, 'test', now() - interval '1 minute',
                        now() - interval '1 minute')""")) {
            s.setObject(1, id);
            s.setObject(2, UUID.fromString(scheme.id()));
            s.executeUpdate();
        }
        // While something holds its run lock (as the importing transaction does), it is running, however quiet.
        try (Connection holder = db.getConnection()) {
            advisory(holder, "pg_advisory_lock", id);
            try {
                given().header("Authorization", ADMIN).when().get("/v1/case-imports/" + id).then().statusCode(200)
                        .body("status", equalTo("RUNNING")).body("finishedAt", nullValue());
            } finally {
                advisory(holder, "pg_advisory_unlock", id);
            }
        }
        given().header("Authorization", ADMIN).when().get("/v1/case-imports/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("rowsRead", equalTo(500)).body("imported", equalTo(0))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", ADMIN).when().get("/v1/case-imports/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED"));
    }

    private static void advisory(Connection c, String function, UUID importId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + function + "(hashtextextended(?, 0))")) {
            s.setString(1, CaseImportRepository.runLockKey(importId));
            s.execute();
        }
    }

    private static void writeChunk(java.io.OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
