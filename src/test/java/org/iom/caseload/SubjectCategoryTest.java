package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.CaseRef;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Categories of data subject (DPA 2018 s38(3)) on cases, and the contract's marks on assessments (s38(2)); ADR 0036.
 */
@QuarkusTest
class SubjectCategoryTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Inject EntityManager em;

    static SchemeRef schemeWithEveryCohort() {
        Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
        body.put("cohorts", List.of("FIXED", "FLEX", "FREE"));
        return Fixtures.scheme(body);
    }

    @Test
    void aSelectionWithoutACategoryTakesTheCohortsDefault() {
        SchemeRef s = schemeWithEveryCohort();
        Map<String, Object> fixed = Fixtures.caseBody(s.id());
        Fixtures.postCase(ADMIN, fixed).statusCode(201).body("subjectCategory", equalTo("CONVICTED"));
        Map<String, Object> free = Fixtures.caseBody(s.id());
        free.put("cohort", "FREE");
        Fixtures.postCase(ADMIN, free).statusCode(201).body("subjectCategory", equalTo("SUSPECTED"));
        Map<String, Object> given = Fixtures.caseBody(s.id());
        given.put("cohort", "FREE");
        given.put("subjectCategory", "CONVICTED");
        Fixtures.postCase(ADMIN, given).statusCode(201).body("subjectCategory", equalTo("CONVICTED"));
    }

    @Test
    void theCategoryCanBeCorrectedAndFiltersTheList() {
        SchemeRef s = schemeWithEveryCohort();
        CaseRef c = Fixtures.caseOn(s);
        CaseRef other = Fixtures.caseOn(s);
        given().header("Authorization", ADMIN).header("If-Match", c.etag()).contentType("application/merge-patch+json")
                .body(Map.of("subjectCategory", "SUSPECTED")).when().patch("/v1/cases/" + c.id()).then()
                .statusCode(200).body("subjectCategory", equalTo("SUSPECTED")).body("cohort", equalTo("FIXED"));
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id()).then().statusCode(200)
                .body("subjectCategory", equalTo("SUSPECTED"));
        given().header("Authorization", ADMIN).queryParam("schemeId", s.id()).queryParam("subjectCategory", "SUSPECTED")
                .when().get("/v1/cases").then().statusCode(200).body("items.id", equalTo(List.of(c.id())));
        given().header("Authorization", ADMIN).queryParam("schemeId", s.id()).queryParam("subjectCategory", "CONVICTED")
                .when().get("/v1/cases").then().statusCode(200).body("items.id", equalTo(List.of(other.id())));
        given().header("Authorization", ADMIN).queryParam("subjectCategory", "VICTIM").when().get("/v1/cases")
                .then().statusCode(400).body("errors.field", hasItem("subjectCategory"));
    }

    @Test
    void aBadCategoryIsAProblemNamingItAndSelectsNobody() {
        SchemeRef s = schemeWithEveryCohort();
        Map<String, Object> body = Fixtures.caseBody(s.id());
        body.put("subjectCategory", "VICTIM");
        Fixtures.postCase(ADMIN, body).statusCode(400).contentType("application/problem+json");
        given().header("Authorization", ADMIN).queryParam("schemeId", s.id()).when().get("/v1/cases").then()
                .statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void importedCasesTakeTheColumnOrTheCohortsDefaultAndTheImportIsLoggedAsCombination() {
        SchemeRef s = schemeWithEveryCohort();
        String csv = "crn,cohort,selectedOn,selectionReason,riskOfSeriousHarm,leadAgency,rag,subjectCategory\n"
                + Fixtures.randomCrn() + ",FREE,2026-01-05,BURGLARY,LOW,POLICE,GREEN,\n"
                + Fixtures.randomCrn() + ",FIXED,2026-01-05,BURGLARY,LOW,POLICE,GREEN,SUSPECTED\n";
        String importId = CaseImportTest.post(ADMIN, s.id(), "text/csv", csv).statusCode(201).extract().path("id");
        List<?> categories = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select subject_category from iom_case where import_id = cast(:id as uuid) order by cohort")
                .setParameter("id", importId).getResultList());
        assertEquals(List.of("SUSPECTED", "SUSPECTED"), categories, "FIXED with SUSPECTED given; FREE by default");
        long combinations = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where action = 'COMBINATION' and case_id is null "
                        + "and scheme_id = cast(:s as uuid)").setParameter("s", s.id()).getSingleResult()).longValue());
        assertEquals(1, combinations, "one COMBINATION entry for the import");
    }

    @Test
    void theContractMarksAssessmentsNotFacts() throws Exception {
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/iom-api.yaml").toFile())
                .get("components").get("schemas");
        for (String schema : List.of("Case", "NewCase", "CasePatch")) {
            JsonNode props = schemas.get(schema).get("properties");
            for (String assessment : List.of("riskOfSeriousHarm", "predictorScore", "rag")) {
                assertTrue(props.get(assessment).path(Assessment.EXTENSION).asBoolean(false),
                        schema + "." + assessment + " is marked as an assessment: " + props.get(assessment));
                assertTrue(props.get(assessment).path("description").asText().contains("s38(2)"),
                        schema + "." + assessment + " says so");
            }
            for (String fact : List.of("cohort", "selectedOn", "subjectCategory")) {
                assertFalse(props.get(fact).has(Assessment.EXTENSION), schema + "." + fact + " is a fact");
            }
        }
        for (String schema : List.of("NeedsAssessment", "NewNeedsAssessment")) {
            assertTrue(schemas.get(schema).get("properties").get("needs").path(Assessment.EXTENSION).asBoolean(false),
                    schema + ".needs is marked as an assessment");
        }
        assertTrue(schemas.get("Case").get("required").toString().contains("subjectCategory"));
        assertFalse(schemas.get("NewCase").get("required").toString().contains("subjectCategory"),
                "optional in a selection: existing clients keep working");
        given().header("Authorization", ADMIN).when().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(Assessment.EXTENSION));
    }
}
