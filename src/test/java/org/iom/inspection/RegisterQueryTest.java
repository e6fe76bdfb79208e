package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every filter of GET /v1/recommendations, cursor paging, and the CSV register. */
@QuarkusTest
class RegisterQueryTest {

    static final LocalDate TODAY = LocalDate.of(2032, 5, 1);

    String inspectionId;
    String a;
    String b;
    String c;
    String d;
    String addrA;
    String addrB;
    String owner;
    String theme1;
    String theme2;
    String word;

    @BeforeEach
    void fixture() {
        FixedClock.at(LocalDate.of(2032, 4, 20));
        inspectionId = Register.createInspection(LocalDate.of(2032, 1, 10));
        addrA = Register.unique("Addressee A");
        addrB = Register.unique("Addressee B");
        owner = Register.unique("Org");
        theme1 = Register.unique("Theme one");
        theme2 = Register.unique("Theme two");
        word = Register.unique("zebra");

        Map<String, Object> ra = rec("1", "RECOMMENDATION", List.of(addrA, "HMPPS"), theme1, "HIGH", "2032-04-01");
        ra.put("text", "Share data, \"properly\"\nnow " + word);
        ra.put("owner", Map.of("organisation", owner, "contact", "Jane Lead"));
        a = Register.add(inspectionId, ra);
        b = Register.add(inspectionId, rec("2", "AREA_FOR_IMPROVEMENT", List.of(addrB), theme2, "LOW", "2032-05-20"));
        Map<String, Object> rc = rec("3", "CAUSE_OF_CONCERN", List.of(addrA), theme1, "MEDIUM", "2032-12-31");
        rc.put("owner", Map.of("organisation", "Somebody", "contact", "=HYPERLINK(\"x\")"));
        c = Register.add(inspectionId, rc);
        d = Register.add(inspectionId, rec("10", "CALL_TO_ACTION", List.of(addrB), theme2, null, null));
        Register.move(b, "IN_PROGRESS");
        Register.move(d, "IN_PROGRESS");
        Register.move(d, "IMPLEMENTED");
        FixedClock.at(TODAY);
    }

    static Map<String, Object> rec(String number, String kind, List<String> addressees, String theme, String priority,
            String target) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("kind", kind);
        body.put("text", "Recommendation " + number);
        body.put("addressees", addressees);
        body.put("theme", theme);
        body.put("priority", priority);
        body.put("targetDate", target);
        return body;
    }

    List<String> ids(Object... params) {
        var req = given().header("Authorization", Register.ANALYST);
        for (int k = 0; k < params.length; k += 2) {
            req = req.queryParam((String) params[k], params[k + 1]);
        }
        return req.when().get("/v1/recommendations").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void everyFilter() {
        String insp = inspectionId;
        assertEquals(List.of(a, b, c, d), ids("inspectionId", insp));
        assertEquals(List.of(b), ids("inspectionId", insp, "status", "IN_PROGRESS"));
        assertEquals(List.of(a, c, d), ids("inspectionId", insp, "status", "OPEN", "status", "IMPLEMENTED"));
        assertEquals(List.of(a, c), ids("addressee", addrA.toUpperCase()));
        assertEquals(List.of(b, d), ids("addressee", addrB));
        assertEquals(List.of(a), ids("owner", owner.substring(0, owner.length() - 2).toLowerCase()));
        assertEquals(List.of(a), ids("inspectionId", insp, "owner", "jane"));
        assertEquals(List.of(a, c), ids("theme", theme1.toLowerCase()));
        assertEquals(List.of(a), ids("inspectionId", insp, "priority", "HIGH"));
        assertEquals(List.of(c), ids("inspectionId", insp, "priority", "MEDIUM"));
        assertEquals(List.of(b), ids("inspectionId", insp, "kind", "AREA_FOR_IMPROVEMENT"));
        assertEquals(List.of(d), ids("inspectionId", insp, "kind", "CALL_TO_ACTION"));
        assertEquals(List.of(a), ids("inspectionId", insp, "overdue", "true"));
        assertEquals(List.of(b, c, d), ids("inspectionId", insp, "overdue", "false"));
        assertEquals(List.of(a), ids("inspectionId", insp, "rag", "RED"));
        assertEquals(List.of(b), ids("inspectionId", insp, "rag", "AMBER"));
        assertEquals(List.of(c), ids("inspectionId", insp, "rag", "GREEN"));
        assertEquals(List.of(a), ids("inspectionId", insp, "dueBefore", "2032-05-20"));
        assertEquals(List.of(a, b), ids("inspectionId", insp, "dueBefore", "2032-05-21"));
        assertEquals(List.of(a), ids("q", word.toUpperCase()));
        assertEquals(List.of(c), ids("addressee", addrA, "rag", "GREEN"));
        assertEquals(List.of(), ids("addressee", addrA, "kind", "CALL_TO_ACTION"));
    }

    /** The contract documents repeating {@code status}; comma-separated values are still taken (beyond the contract). */
    @Test
    void statusMayAlsoBeCommaSeparated() {
        assertEquals(List.of(a, c, d), given().noFilters().header("Authorization", Register.ANALYST)
                .queryParam("inspectionId", inspectionId).queryParam("status", "OPEN,IMPLEMENTED")
                .when().get("/v1/recommendations").then().statusCode(200).extract().path("items.id"));
        assertEquals(List.of(a, b, c, d), given().noFilters().header("Authorization", Register.ANALYST)
                .queryParam("inspectionId", inspectionId).queryParam("status", "OPEN,IMPLEMENTED", "IN_PROGRESS")
                .when().get("/v1/recommendations").then().statusCode(200).extract().path("items.id"));
    }

    @Test
    void badFilterValuesAre400sNamingTheParameter() {
        given().header("Authorization", Register.ANALYST).queryParam("status", "OPEN,NOPE")
                .when().get("/v1/recommendations")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        Map<String, String> bad = Map.of("status", "NOPE", "overdue", "maybe", "dueBefore", "2032-13-01",
                "inspectionId", "xyz", "rag", "PINK", "priority", "URGENT", "kind", "ADVICE", "limit", "0",
                "cursor", "garbage!");
        bad.forEach((name, value) -> given().header("Authorization", Register.ANALYST).queryParam(name, value)
                .when().get("/v1/recommendations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(name)));
        for (String limit : List.of("201", "abc", "-1")) {
            given().header("Authorization", Register.ANALYST).queryParam("limit", limit)
                    .when().get("/v1/recommendations").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void cursorPagingFiltersBeforePaging() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = given().header("Authorization", Register.ANALYST).queryParam("inspectionId", inspectionId)
                    .queryParam("limit", 1).queryParam("includeTotal", true);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            Response r = req.when().get("/v1/recommendations").then().statusCode(200)
                    .body("total", equalTo(4)).extract().response();
            seen.addAll(r.path("items.id"));
            cursor = r.path("nextCursor");
            if (cursor != null) {
                String link = r.header("Link");
                assertEquals(true, link.contains("rel=\"next\"") && link.contains("cursor="), link);
            } else {
                assertNull(r.header("Link"));
            }
            pages++;
        } while (cursor != null);
        assertEquals(List.of(a, b, c, d), seen);
        assertEquals(4, pages);
        // Filters apply before the page is cut: the only match is found on the first page of one.
        given().header("Authorization", Register.ANALYST).queryParam("inspectionId", inspectionId)
                .queryParam("rag", "AMBER").queryParam("limit", 1)
                .when().get("/v1/recommendations").then().statusCode(200)
                .body("items.id", contains(b)).body("nextCursor", nullValue());
        given().header("Authorization", Register.ANALYST).queryParam("inspectionId", inspectionId)
                .queryParam("status", "IMPLEMENTED").queryParam("limit", 1)
                .when().get("/v1/recommendations").then().statusCode(200).body("items.id", contains(d));
        given().header("Authorization", Register.ANALYST).queryParam("inspectionId", inspectionId)
                .when().get("/v1/recommendations").then().statusCode(200).body("total", nullValue());
    }

    @Test
    void csvRegisterForMeetingPapers() {
        Response r = given().header("Authorization", Register.OVERSIGHT).accept("text/csv")
                .queryParam("inspectionId", inspectionId)
                .when().get("/v1/recommendations").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"recommendations-2032-05-01.csv\""))
                .extract().response();
        String body = r.asString();
        List<List<String>> rows = Csv.parse(body);
        assertEquals(RegisterCsv.COLUMNS, rows.get(0));
        assertEquals(5, rows.size(), body);
        List<String> numbers = rows.subList(1, 5).stream().map(row -> row.get(RegisterCsv.COLUMNS.indexOf("number"))).toList();
        assertEquals(List.of("1", "2", "3", "10"), numbers);
        Map<String, String> rowA = Csv.row(rows, 1);
        assertEquals(a, rowA.get("id"));
        assertEquals("Share data, \"properly\"\nnow " + word, rowA.get("text"));
        assertEquals(addrA + "; HMPPS", rowA.get("addressees"));
        assertEquals(owner, rowA.get("ownerOrganisation"));
        assertEquals("Jane Lead", rowA.get("ownerContact"));
        assertEquals("OPEN", rowA.get("status"));
        assertEquals("true", rowA.get("overdue"));
        assertEquals("30", rowA.get("daysOverdue"));
        assertEquals("RED", rowA.get("rag"));
        assertEquals("2032-03-06", rowA.get("responseDue"));
        assertEquals("true", rowA.get("responseLate"));
        assertEquals("2032-04-01", rowA.get("targetDate"));
        Map<String, String> rowC = Csv.row(rows, 3);
        assertEquals("'=HYPERLINK(\"x\")", rowC.get("ownerContact"));
        assertEquals("GREEN", rowC.get("rag"));
        Map<String, String> rowD = Csv.row(rows, 4);
        assertEquals("IMPLEMENTED", rowD.get("status"));
        assertEquals("", rowD.get("rag"));
        assertEquals("", rowD.get("targetDate"));
        assertEquals("test-iom-oversight", rowD.get("closedBy"));
        // The raw text: RFC 4180 quoting and CRLF line ends.
        assertEquals(true, body.contains(",\"Share data, \"\"properly\"\"\nnow " + word + "\","), body);
        assertEquals(true, body.startsWith(String.join(",", RegisterCsv.COLUMNS) + "\r\n"));
        // Same filters as JSON.
        List<List<String>> red = Csv.parse(given().header("Authorization", Register.OVERSIGHT).accept("text/csv")
                .queryParam("inspectionId", inspectionId).queryParam("rag", "RED")
                .when().get("/v1/recommendations").then().statusCode(200).extract().asString());
        assertEquals(2, red.size());
        assertEquals(a, Csv.row(red, 1).get("id"));
        given().header("Authorization", Register.OVERSIGHT).accept("text/csv").queryParam("rag", "PINK")
                .when().get("/v1/recommendations").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void jsonIsTheDefaultAndWildcardsGetJson() {
        given().header("Authorization", Register.ANALYST).accept("*/*").queryParam("inspectionId", inspectionId)
                .when().get("/v1/recommendations").then().statusCode(200).contentType("application/json");
        given().header("Authorization", Register.ANALYST).accept("application/xml")
                .when().get("/v1/recommendations").then().statusCode(406);
        given().header("Authorization", Register.ANALYST).queryParam("inspectionId", Register.createInspection(TODAY))
                .when().get("/v1/recommendations").then().statusCode(200).body("items", empty())
                .body("nextCursor", nullValue());
    }

    @Test
    void recommendationsShowTheirInspection() {
        Register.get(a).then().statusCode(200)
                .body("inspectionId", equalTo(inspectionId))
                .body("inspectionTitle", startsWith("Inspection-"))
                .body("owner.organisation", equalTo(owner))
                .body("addressees", contains(addrA, "HMPPS"))
                .body("text", containsString(word));
    }
}
