package org.iom.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.iom.security.Roles;
import org.iom.support.LogCapture;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditEventQueryTest {

    @Inject EntityManager em;

    private void insert(String actor, String action, UUID caseId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into audit_event (id, occurred_at, actor, client, roles, action, case_id, scheme_id, request_id)
                values (nextval('audit_event_seq'), ?1, ?2, 'tests', 'iom-practitioner', ?3, ?4, ?5, 'req-1')""")
                .setParameter(1, Timestamp.from(at)).setParameter(2, actor).setParameter(3, action)
                .setParameter(4, caseId).setParameter(5, UUID.randomUUID()).executeUpdate());
    }

    @Test
    void auditorsFilterAndPageTheLog() {
        String actor = "auditee-" + UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        insert(actor, "COLLECTION", caseId, t0);
        insert(actor, "CONSULTATION", caseId, t0.plusSeconds(60));
        insert(actor, "ALTERATION", caseId, t0.plusSeconds(120));
        insert(actor, "CONSULTATION", UUID.randomUUID(), t0.plusSeconds(180));

        String cursor = given().header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .queryParam("actor", actor).queryParam("caseId", caseId).queryParam("limit", 2)
                .get("/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", contains("ALTERATION", "CONSULTATION"))
                .body("items[0].roles", contains("iom-practitioner"))
                .body("items[0].requestId", equalTo("req-1"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .queryParam("actor", actor).queryParam("caseId", caseId).queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", contains("COLLECTION"))
                .body("nextCursor", nullValue());
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .queryParam("actor", actor).queryParam("action", "CONSULTATION")
                .queryParam("from", "2026-01-01T10:01:00Z").queryParam("to", "2026-01-01T10:03:00Z")
                .get("/v1/audit-events")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void onlyAuditorsReadTheLog() {
        for (String role : new String[] {Roles.ADMIN, Roles.OVERSIGHT, Roles.PRACTITIONER, Roles.ANALYST}) {
            given().header("Authorization", Tokens.bearer(role)).get("/v1/audit-events")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        String auditor = Tokens.bearer(Roles.AUDITOR);
        given().header("Authorization", auditor).queryParam("caseId", "not-a-uuid").get("/v1/audit-events")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("caseId"));
        given().header("Authorization", auditor).queryParam("action", "PEEKING").get("/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("action"));
        given().header("Authorization", auditor).queryParam("limit", "abc").get("/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", auditor).queryParam("limit", "201").get("/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", auditor).queryParam("limit", "0").get("/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", auditor).queryParam("from", "yesterday").get("/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().header("Authorization", auditor).queryParam("cursor", "garbage!").get("/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().header("Authorization", auditor)
                .queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/v1/audit-events")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void theLogIsAppendOnlyInTheDatabase() {
        String actor = "immutable-" + UUID.randomUUID();
        insert(actor, "CONSULTATION", UUID.randomUUID(), Instant.now());
        // Hibernate logs each refused statement (held back here: the refusals are what this test wants).
        try (LogCapture log = LogCapture.of("org.hibernate.orm.jdbc.error")) {
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("update audit_event set actor = 'someone-else' where actor = ?1")
                            .setParameter(1, actor).executeUpdate()));
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("delete from audit_event where actor = ?1").setParameter(1, actor)
                            .executeUpdate()));
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("truncate audit_event").executeUpdate()));
            // The runtime role holds only INSERT and SELECT on the log (ADR 0031): PostgreSQL refuses before the
            // append-only trigger runs (the trigger still guards the owner: RuntimeRolePrivilegesTest).
            assertTrue(log.has("permission denied for table audit_event"), "the database itself refused them");
        }
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).queryParam("actor", actor).get("/v1/audit-events")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].actor", equalTo(actor));
    }
}
