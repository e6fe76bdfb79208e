package org.iom.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.iom.security.Roles;

/** Test data made through the API: unique codes and CRNs per call, so tests never share data. */
public final class Fixtures {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private Fixtures() {}

    public record SchemeRef(String id, String code) {}

    public record CaseRef(String id, String etag, String crn) {}

    public static String uniqueCode() {
        StringBuilder sb = new StringBuilder("T-");
        for (int i = 0; i < 8; i++) {
            sb.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return sb.toString();
    }

    public static String randomCrn() {
        return LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length()))
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    public static Map<String, Object> schemeBody(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Test scheme " + code);
        body.put("policeForceId", "west-midlands");
        body.put("probationRegionCode", "N52");
        body.put("launchedOn", "2021-04-01");
        body.put("setting", "URBAN");
        body.put("cohorts", List.of("FIXED", "FLEX"));
        body.put("coLocated", true);
        body.put("sharedCaseSystem", false);
        body.put("contact", Map.of("name", "IOM hub", "email", "iom@example.org"));
        return body;
    }

    public static SchemeRef scheme() {
        return scheme(schemeBody(uniqueCode()));
    }

    public static SchemeRef scheme(Map<String, Object> body) {
        String id = given().header("Authorization", Tokens.bearer(Roles.ADMIN)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/schemes")
                .then().statusCode(201).extract().path("id");
        return new SchemeRef(id, (String) body.get("code"));
    }

    public static Map<String, Object> caseBody(String schemeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("schemeId", schemeId);
        body.put("crn", randomCrn());
        body.put("pncId", "2012/0123456Y");
        body.put("cohort", "FIXED");
        body.put("selectedOn", LocalDate.now().minusDays(60).toString());
        body.put("selectionReason", "BURGLARY");
        body.put("riskOfSeriousHarm", "HIGH");
        body.put("predictorScore", 72);
        body.put("leadAgency", "JOINT");
        body.put("policeLead", "PC 1234 Patel");
        body.put("probationLead", "J. Okafor");
        body.put("rag", "AMBER");
        body.put("nextReviewOn", LocalDate.now().plusDays(30).toString());
        return body;
    }

    public static final List<String> NEED_AREAS = List.of("ACCOMMODATION", "EDUCATION_TRAINING_AND_EMPLOYABILITY",
            "FINANCIAL_MANAGEMENT_AND_INCOME", "RELATIONSHIPS", "LIFESTYLE_AND_ASSOCIATES", "DRUG_MISUSE",
            "ALCOHOL_MISUSE", "EMOTIONAL_WELL_BEING", "THINKING_AND_BEHAVIOUR", "ATTITUDES");

    /** A needs assessment: the areas in turn NO_NEED, STANDARD, SEVERE. */
    public static Map<String, Object> needsBody(String assessedOn) {
        Map<String, Object> needs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < NEED_AREAS.size(); i++) {
            needs.put(NEED_AREAS.get(i), List.of("NO_NEED", "STANDARD", "SEVERE").get(i % 3));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("assessedOn", assessedOn);
        body.put("needs", needs);
        return body;
    }

    public static Map<String, Object> reviewBody(String reviewedOn, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("reviewedOn", reviewedOn);
        body.put("periodFrom", from);
        body.put("periodTo", to);
        body.put("frequency", "REDUCED");
        body.put("seriousness", "STAYED_THE_SAME");
        body.put("provenReoffending", false);
        body.put("note", "Engaging well.");
        return body;
    }

    /** An inspection (by an inspector) with one recommendation; the recommendation's id. */
    public static String recommendation() {
        String inspector = Tokens.bearer(Roles.INSPECTOR);
        String inspectionId = given().header("Authorization", inspector).contentType(ContentType.JSON)
                .body(Map.of("title", "Feed " + uniqueCode(), "inspectorates", List.of("HMI_PROBATION"),
                        "kind", "THEMATIC", "publishedOn", "2026-01-15"))
                .when().post("/v1/inspections").then().statusCode(201).extract().path("id");
        return given().header("Authorization", inspector).contentType(ContentType.JSON)
                .body(Map.of("number", "R1", "kind", "RECOMMENDATION", "text", "Do the thing",
                        "addressees", List.of("Ministry of Justice")))
                .when().post("/v1/inspections/" + inspectionId + "/recommendations").then().statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse postCase(String bearer, Map<String, Object> body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .when().post("/v1/cases").then();
    }

    public static CaseRef caseOn(SchemeRef scheme) {
        return caseWith(caseBody(scheme.id()));
    }

    public static CaseRef caseWith(Map<String, Object> body) {
        var r = postCase(Tokens.bearer(Roles.ADMIN), body).statusCode(201).extract();
        return new CaseRef(r.path("id"), r.header("ETag"), (String) body.get("crn"));
    }
}
