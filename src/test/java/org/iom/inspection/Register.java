package org.iom.inspection;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.security.Roles;
import org.iom.support.Tokens;

/** Test helpers that build register data through the API (unique per call). */
public final class Register {

    static final String INSPECTOR = Tokens.bearer(Roles.INSPECTOR);
    static final String OVERSIGHT = Tokens.bearer(Roles.OVERSIGHT);
    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final String ANALYST = Tokens.bearer(Roles.ANALYST);

    private Register() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> inspection(String title, LocalDate publishedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("inspectorates", List.of("HMI_PROBATION", "HMICFRS"));
        body.put("kind", "THEMATIC");
        body.put("publishedOn", publishedOn.toString());
        return body;
    }

    public static String createInspection(LocalDate publishedOn) {
        return createInspection(inspection(unique("Inspection"), publishedOn));
    }

    static String createInspection(Map<String, Object> body) {
        return given().header("Authorization", INSPECTOR).contentType(ContentType.JSON).body(body)
                .when().post("/v1/inspections")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> recommendation(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("kind", "RECOMMENDATION");
        body.put("text", "Do the thing " + number);
        body.put("addressees", List.of("Ministry of Justice"));
        return body;
    }

    static Response addRecommendation(String inspectionId, Map<String, Object> body) {
        return given().header("Authorization", INSPECTOR).contentType(ContentType.JSON).body(body)
                .when().post("/v1/inspections/" + inspectionId + "/recommendations");
    }

    /** Adds a recommendation and returns its id. */
    static String add(String inspectionId, Map<String, Object> body) {
        return addRecommendation(inspectionId, body).then().statusCode(201).extract().path("id");
    }

    public static String add(String inspectionId, String number) {
        return add(inspectionId, recommendation(number));
    }

    public static String etag(String recommendationId) {
        return given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + recommendationId)
                .then().statusCode(200).extract().header("ETag");
    }

    public static Response get(String recommendationId) {
        return given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + recommendationId);
    }

    /** Posts a timeline entry with the recommendation's current ETag. */
    public static Response post(String recommendationId, Map<String, Object> entry) {
        return given().header("Authorization", OVERSIGHT).header("If-Match", etag(recommendationId))
                .contentType(ContentType.JSON).body(entry)
                .when().post("/v1/recommendations/" + recommendationId + "/updates");
    }

    public static Map<String, Object> status(String status, String evidence) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", "STATUS_CHANGE");
        e.put("status", status);
        if (evidence != null) {
            e.put("evidence", evidence);
        }
        return e;
    }

    static void move(String recommendationId, String status) {
        post(recommendationId, status(status, "evidence for " + status)).then().statusCode(201);
    }

    static Map<String, Object> revision(LocalDate date, String reason) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", "TARGET_DATE_REVISION");
        e.put("targetDate", date.toString());
        if (reason != null) {
            e.put("reason", reason);
        }
        return e;
    }

    static Map<String, Object> comment(String note) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", "COMMENT");
        e.put("note", note);
        return e;
    }
}
