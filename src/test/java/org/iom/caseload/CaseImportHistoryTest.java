package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iom.security.Roles;
import org.iom.support.DatabaseDump;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: a bulk import writes each case's history as a selection does (ADR 0037): one SELECTED entry per imported
 * case, in the import's transaction, with who (the importer's subject and name), why (X-Access-Reason, request id),
 * every field as imported, and the import as its resource; the case records its selector. A rejected import writes no
 * entry; the erasure of an imported case empties its entry as it does a selected one's.
 */
@QuarkusTest
class CaseImportHistoryTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final String SELECTED = LocalDate.now().minusDays(30).toString();

    @Inject AgroalDataSource db;
    @Inject DatabaseDump dump;

    static String row(String crn, String policeLead) {
        return "{\"crn\":\"" + crn + "\",\"pncId\":\"2012/0123456Y\",\"cohort\":\"FLEX\",\"selectedOn\":\"" + SELECTED
                + "\",\"selectionReason\":\"ROBBERY\",\"riskOfSeriousHarm\":\"MEDIUM\",\"predictorScore\":41,"
                + "\"leadAgency\":\"POLICE\",\"policeLead\":\"" + policeLead + "\",\"rag\":\"GREEN\","
                + "\"subjectCategory\":\"SUSPECTED\"}";
    }

    static String importer(SchemeRef scheme) {
        return "Bearer " + Tokens.builder("importer-" + scheme.code(), Set.of(Roles.PRACTITIONER), scheme.code())
                .claim("name", "Sam Importer").sign();
    }

    static JsonPath history(String bearer, String caseId) {
        return given().header("Authorization", bearer).when().get("/v1/cases/" + caseId + "/history")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The case of this CRN on the scheme. */
    static String caseOf(String schemeId, String crn) {
        List<String> ids = given().header("Authorization", ADMIN).queryParam("schemeId", schemeId)
                .queryParam("crn", crn).when().get("/v1/cases").then().statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size(), "cases of " + crn);
        return ids.get(0);
    }

    @Test
    void eachImportedCaseShowsItsCreationByTheImporterAsASelectionWould() {
        SchemeRef scheme = Fixtures.scheme();
        String bearer = importer(scheme);
        List<String> crns = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            String crn = Fixtures.randomCrn();
            while (crns.contains(crn)) {
                crn = Fixtures.randomCrn();
            }
            crns.add(crn);
            if (i < 3) {
                body.append(row(crn, "PC 12" + i + " Tab\\tand \\\"quote\\\"")).append('\n');
            }
        }
        String importId = given().header("Authorization", bearer).header("X-Access-Reason", "Force list of 1 December")
                .contentType("application/x-ndjson; charset=UTF-8").queryParam("schemeId", scheme.id())
                .body(body.toString().getBytes(StandardCharsets.UTF_8)).when().post("/v1/case-imports")
                .then().statusCode(201).extract().path("id");

        // A fourth person selected one by one instead: the entry a single selection writes.
        String last = crns.remove(3);
        Map<String, Object> single = new HashMap<>(JsonPath.from(row(last, "PC 123 Tab\\tand \\\"quote\\\""))
                .getMap(""));
        single.put("schemeId", scheme.id());
        String selected = given().header("Authorization", bearer).header("X-Access-Reason", "Force list of 1 December")
                .contentType(ContentType.JSON).body(single).when().post("/v1/cases")
                .then().statusCode(201).extract().path("id");
        List<Map<String, String>> selection = history(bearer, selected).getList("items[0].changes");

        for (String crn : crns) {
            String id = caseOf(scheme.id(), crn);
            JsonPath h = history(bearer, id);
            assertEquals(1, h.getList("items").size(), h.prettyPrint());
            assertEquals("SELECTED", h.getString("items[0].operation"));
            assertEquals("importer-" + scheme.code(), h.getString("items[0].actor"));
            assertEquals("Sam Importer", h.getString("items[0].actorName"));
            assertEquals("Force list of 1 December", h.getString("items[0].reason"));
            assertEquals(importId, h.getString("items[0].resourceId"), "the import is the entry's source");
            List<Map<String, String>> changes = h.getList("items[0].changes");
            List<Map<String, String>> expected = new ArrayList<>();
            for (Map<String, String> c : selection) {
                Map<String, String> e = new HashMap<>(c);
                if ("crn".equals(e.get("field"))) {
                    e.put("newValue", crn);
                } else if ("policeLead".equals(e.get("field"))) {
                    e.put("newValue", "PC 12" + crns.indexOf(crn) + " Tab\tand \"quote\"");
                }
                expected.add(e);
            }
            assertEquals(expected, changes, "the import's entry of " + crn + " is the selection's, field by field");
            given().header("Authorization", bearer).when().get("/v1/cases/" + id).then().statusCode(200)
                    .body("selectedBy", org.hamcrest.Matchers.equalTo("importer-" + scheme.code()))
                    .body("selectedByName", org.hamcrest.Matchers.equalTo("Sam Importer"))
                    .body("updatedByName", org.hamcrest.Matchers.equalTo("Sam Importer"));
        }
    }

    @Test
    void aRejectedImportWritesNoHistoryAndAnErasureEmptiesAnImportedCasesEntry() throws Exception {
        SchemeRef scheme = Fixtures.scheme();
        String bearer = importer(scheme);
        long before = count("select count(*) from case_history");
        String crn = Fixtures.randomCrn();
        String lead = "PC Lead " + Fixtures.uniqueCode();
        // A bad second row: nothing is imported, no entry written.
        given().header("Authorization", bearer).contentType("application/x-ndjson; charset=UTF-8")
                .queryParam("schemeId", scheme.id())
                .body((row(crn, lead) + "\n" + row("bad", lead) + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/case-imports").then().statusCode(422);
        assertEquals(before, count("select count(*) from case_history"), "a rejected import wrote history");

        given().header("Authorization", bearer).contentType("application/x-ndjson; charset=UTF-8")
                .queryParam("schemeId", scheme.id()).body((row(crn, lead) + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post("/v1/case-imports").then().statusCode(201);
        String id = caseOf(scheme.id(), crn);
        assertTrue(historyOf(id).contains(lead), "the imported case's history holds its lead before the erasure");
        String etag = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("exitedOn", LocalDate.now().toString(), "reason", "CUSTODY"))
                .when().post("/v1/cases/" + id + "/exit").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", ADMIN).header("If-Match", etag).header("X-Access-Reason", "Erasure upheld")
                .when().delete("/v1/cases/" + id).then().statusCode(204);

        String erased = historyOf(id);
        assertTrue(erased.startsWith("SELECTED erased "), erased);
        assertFalse(erased.contains(crn) || erased.contains(lead), erased);
        String after = dump.data();
        for (String s : List.of(crn, lead)) {
            assertFalse(after.contains(s), dump.how() + " still holds " + s + " after the erasure: "
                    + dump.linesContaining(after, s));
        }
    }

    /** The case's history entries as stored: operation, whether erased, changes. */
    String historyOf(String caseId) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select operation, erased_at is not null, changes::text from case_history where case_id = ?::uuid
                order by id""")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(rs.getBoolean(2) ? " erased " : " ").append(rs.getString(3))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
