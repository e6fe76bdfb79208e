package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle: every transition legal and illegal, closures, supersession, If-Match on status changes. */
@QuarkusTest
class LifecycleTest {

    String inspectionId;
    int counter;

    @BeforeEach
    void inspection() {
        inspectionId = Register.createInspection(LocalDate.now().minusDays(10));
    }

    /** A new recommendation brought (legally) into the given status. */
    String inStatus(RecommendationStatus status) {
        String id = Register.add(inspectionId, String.valueOf(++counter));
        switch (status) {
            case OPEN -> { }
            case IN_PROGRESS -> Register.move(id, "IN_PROGRESS");
            case SUPERSEDED -> {
                String replacement = Register.add(inspectionId, String.valueOf(++counter));
                Map<String, Object> e = Register.status("SUPERSEDED", "Replaced by a new recommendation");
                e.put("supersededBy", replacement);
                Register.post(id, e).then().statusCode(201);
            }
            case WITHDRAWN -> Register.move(id, "WITHDRAWN");
            default -> {
                Register.move(id, "IN_PROGRESS");
                Register.move(id, status.name());
            }
        }
        Register.get(id).then().body("status", equalTo(status.name()));
        return id;
    }

    static final Map<RecommendationStatus, List<RecommendationStatus>> TABLE = Map.of(
            RecommendationStatus.OPEN, List.of(RecommendationStatus.IN_PROGRESS, RecommendationStatus.SUPERSEDED,
                    RecommendationStatus.WITHDRAWN),
            RecommendationStatus.IN_PROGRESS, List.of(RecommendationStatus.IMPLEMENTED,
                    RecommendationStatus.PARTLY_IMPLEMENTED, RecommendationStatus.NOT_IMPLEMENTED,
                    RecommendationStatus.SUPERSEDED, RecommendationStatus.WITHDRAWN));

    @ParameterizedTest
    @EnumSource(RecommendationStatus.class)
    void everyTransitionFromThisStatusIsLegalOrA409NamingTheAllowedOnes(RecommendationStatus from) {
        List<RecommendationStatus> legal = TABLE.getOrDefault(from, List.of());
        List<String> legalNames = legal.stream().map(Enum::name).toList();
        for (RecommendationStatus to : RecommendationStatus.values()) {
            String id = inStatus(from);
            Map<String, Object> entry = Register.status(to.name(), "evidence");
            if (to == RecommendationStatus.SUPERSEDED) {
                entry.put("supersededBy", Register.add(inspectionId, String.valueOf(++counter)));
            }
            if (legal.contains(to)) {
                Register.post(id, entry).then().statusCode(201)
                        .body("type", equalTo("STATUS_CHANGE"))
                        .body("status", equalTo(to.name()))
                        .body("previousStatus", equalTo(from.name()))
                        .body("recordedBy", equalTo("test-" + Roles.OVERSIGHT));
                Register.get(id).then().body("status", equalTo(to.name()));
            } else {
                var response = Register.post(id, entry).then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("detail", containsString(from.name()));
                if (legalNames.isEmpty()) {
                    response.body("allowed", emptyIterable());
                } else {
                    response.body("allowed", contains(legalNames.toArray()));
                }
                Register.get(id).then().body("status", equalTo(from.name()));
            }
        }
    }

    @Test
    void closingWithoutEvidenceIs400AndChangesNothing() {
        for (String target : List.of("IMPLEMENTED", "PARTLY_IMPLEMENTED", "NOT_IMPLEMENTED", "WITHDRAWN")) {
            String id = inStatus(RecommendationStatus.IN_PROGRESS);
            Register.post(id, Register.status(target, null)).then().statusCode(400)
                    .body("errors[0].field", equalTo("evidence"));
            Register.post(id, Register.status(target, "   ")).then().statusCode(400)
                    .body("errors[0].field", equalTo("evidence"));
            Register.get(id).then().body("status", equalTo("IN_PROGRESS")).body("closure", nullValue());
        }
        String id = inStatus(RecommendationStatus.OPEN);
        Map<String, Object> e = Register.status("SUPERSEDED", null);
        e.put("supersededBy", Register.add(inspectionId, String.valueOf(++counter)));
        Register.post(id, e).then().statusCode(400).body("errors.field", contains("evidence"));
    }

    @Test
    void closingRecordsWhoClosedItWhenAndOnWhatEvidence() {
        String id = inStatus(RecommendationStatus.IN_PROGRESS);
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).header("If-Match", Register.etag(id))
                .contentType(ContentType.JSON).body(Register.status("PARTLY_IMPLEMENTED", "Half the forces signed up"))
                .when().post("/v1/recommendations/" + id + "/updates")
                .then().statusCode(201).body("evidence", equalTo("Half the forces signed up"));
        Register.get(id).then().statusCode(200)
                .body("status", equalTo("PARTLY_IMPLEMENTED"))
                .body("closure.closedBy", equalTo("test-" + Roles.ADMIN))
                .body("closure.closedAt", notNullValue())
                .body("closure.evidence", equalTo("Half the forces signed up"))
                .body("overdue", equalTo(false))
                .body("rag", nullValue());
    }

    @Test
    void supersededNeedsAnotherLiveRecommendation() {
        String id = inStatus(RecommendationStatus.OPEN);
        Register.post(id, Register.status("SUPERSEDED", "replaced")).then().statusCode(400)
                .body("errors[0].field", equalTo("supersededBy"));
        Map<String, Object> self = Register.status("SUPERSEDED", "replaced");
        self.put("supersededBy", id);
        Register.post(id, self).then().statusCode(400).body("errors[0].field", equalTo("supersededBy"));
        Map<String, Object> missing = Register.status("SUPERSEDED", "replaced");
        missing.put("supersededBy", "01936f4e-0000-7000-8000-000000000000");
        Register.post(id, missing).then().statusCode(400).body("errors[0].field", equalTo("supersededBy"));
        Map<String, Object> withdrawn = Register.status("SUPERSEDED", "replaced");
        withdrawn.put("supersededBy", inStatus(RecommendationStatus.WITHDRAWN));
        Register.post(id, withdrawn).then().statusCode(400).body("errors[0].field", equalTo("supersededBy"));
        Map<String, Object> notForThisStatus = Register.status("IN_PROGRESS", null);
        notForThisStatus.put("supersededBy", Register.add(inspectionId, String.valueOf(++counter)));
        Register.post(id, notForThisStatus).then().statusCode(400).body("errors[0].field", equalTo("supersededBy"));

        String replacement = Register.add(inspectionId, String.valueOf(++counter));
        Map<String, Object> ok = Register.status("SUPERSEDED", "Replaced by the 2024 recommendation");
        ok.put("supersededBy", replacement);
        Register.post(id, ok).then().statusCode(201).body("supersededBy", equalTo(replacement));
        Register.get(id).then().body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo(replacement));
    }

    @Test
    void aStatusChangeNeedsTheCurrentETag() {
        String id = inStatus(RecommendationStatus.OPEN);
        String url = "/v1/recommendations/" + id + "/updates";
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Register.status("IN_PROGRESS", null))
                .when().post(url).then().statusCode(428).contentType("application/problem+json");
        String before = Register.etag(id);
        String after = given().header("Authorization", Register.OVERSIGHT).header("If-Match", before)
                .contentType(ContentType.JSON).body(Register.status("IN_PROGRESS", null))
                .when().post(url).then().statusCode(201).extract().header("Recommendation-ETag");
        assertEquals(Register.etag(id), after);
        given().header("Authorization", Register.OVERSIGHT).header("If-Match", before)
                .contentType(ContentType.JSON).body(Register.status("WITHDRAWN", "no longer relevant"))
                .when().post(url).then().statusCode(412);
        Register.get(id).then().body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void commentsNeedNoETagAndDoNotChangeIt() {
        String id = inStatus(RecommendationStatus.OPEN);
        String before = Register.etag(id);
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Register.comment("Discussed at the oversight group"))
                .when().post("/v1/recommendations/" + id + "/updates")
                .then().statusCode(201).body("type", equalTo("COMMENT"))
                .body("note", equalTo("Discussed at the oversight group"))
                .body("status", nullValue());
        assertEquals(before, Register.etag(id));
        given().header("Authorization", Register.OVERSIGHT).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body(Register.comment("stale"))
                .when().post("/v1/recommendations/" + id + "/updates").then().statusCode(412);
    }

    @Test
    void entriesTakeOnlyTheFieldsOfTheirType() {
        String id = inStatus(RecommendationStatus.OPEN);
        Map<String, Object> comment = Register.comment(null);
        comment.put("status", "IN_PROGRESS");
        Register.post(id, comment).then().statusCode(400).body("errors.field", contains("note", "status"));
        Map<String, Object> status = Register.status(null, null);
        status.put("reason", "why");
        Register.post(id, status).then().statusCode(400).body("errors.field", contains("status", "reason"));
        Map<String, Object> badType = Register.comment("x");
        badType.put("type", "EDIT");
        Register.post(id, badType).then().statusCode(400).body("errors[0].field", equalTo("type"));
        Register.post(id, Map.of("type", "COMMENT", "note", "x", "recordedBy", "someone else"))
                .then().statusCode(400).body("errors[0].field", equalTo("recordedBy"));
    }

    @Test
    void onlyOversightAndAdminRecordUpdates() {
        String id = inStatus(RecommendationStatus.OPEN);
        for (String role : List.of(Roles.INSPECTOR, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR)) {
            given().header("Authorization", Tokens.bearer(role)).header("If-Match", Register.etag(id))
                    .contentType(ContentType.JSON).body(Register.comment("hello"))
                    .when().post("/v1/recommendations/" + id + "/updates").then().statusCode(403);
        }
        List<String> types = new ArrayList<>();
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER))
                .when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body("items", emptyIterable());
        assertEquals(List.of(), types);
    }

    @Test
    void unknownRecommendationIs404() {
        given().header("Authorization", Register.OVERSIGHT).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Register.comment("x"))
                .when().post("/v1/recommendations/01936f4e-0000-7000-8000-000000000000/updates")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Register.OVERSIGHT)
                .when().get("/v1/recommendations/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("recommendationId"));
    }
}
