package org.iom.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 27 acceptance: an access-log entry changed behind the service's back, by the owner of the schema (who can
 * switch the append-only triggers off), is found by GET /v1/audit-events/integrity, which names the checkpoint it
 * falls in; an untouched log is reported intact. Each test puts the log back as it was.
 */
@QuarkusTest
class AccessLogIntegrityTest {

    @Inject AgroalDataSource db;
    @Inject AuditSealer sealer;

    @Test
    void anUntouchedLogIsIntactAndEverySealedEntryIsCovered() throws SQLException {
        long id = logEntry("untouched-" + UUID.randomUUID());
        checkpointOf(id);
        JsonPath body = integrity();
        assertEquals(true, body.getBoolean("intact"), body.prettify());
        assertTrue(body.getLong("lastSealedEventId") >= id, body.prettify());
        assertTrue(body.getLong("checkpointsVerified") >= 1, body.prettify());
        assertNull(body.get("firstMismatch"));
    }

    @Test
    void anEntryEditedByTheOwnerIsFoundInItsCheckpoint() throws SQLException {
        String actor = "edited-" + UUID.randomUUID();
        long id = logEntry(actor);
        sealer.sealNow();
        long checkpoint = checkpointOf(id);
        try {
            asOwner("update audit_event set actor = 'someone-else' where id = " + id);
            given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).get("/v1/audit-events/integrity")
                    .then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstMismatch.checkpoint", equalTo((int) checkpoint))
                    .body("firstMismatch.problem", equalTo("MAC_MISMATCH"))
                    .body("checkpointsVerified", equalTo((int) checkpoint - 1));
        } finally {
            asOwner("update audit_event set actor = '" + actor + "' where id = " + id);
        }
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).get("/v1/audit-events/integrity")
                .then().statusCode(200).body("intact", equalTo(true)).body("firstMismatch", nullValue());
    }

    @Test
    void aDeletedEntryIsFoundInItsCheckpoint() throws SQLException {
        long id = logEntry("deleted-" + UUID.randomUUID());
        sealer.sealNow();
        long checkpoint = checkpointOf(id);
        try {
            asOwner("create table kept_entry as select * from audit_event where id = " + id
                    + "; delete from audit_event where id = " + id);
            JsonPath body = integrity();
            assertEquals(false, body.getBoolean("intact"));
            assertEquals(checkpoint, body.getLong("firstMismatch.checkpoint"), body.prettify());
            assertEquals(body.getInt("firstMismatch.sealedEntries") - 1, body.getInt("firstMismatch.foundEntries"));
        } finally {
            asOwner("insert into audit_event select * from kept_entry; drop table kept_entry");
        }
        assertEquals(true, integrity().getBoolean("intact"));
    }

    @Test
    void aRemovedCheckpointBreaksTheChain() throws SQLException {
        logEntry("chain-a-" + UUID.randomUUID());
        sealer.sealNow();
        long id = logEntry("chain-b-" + UUID.randomUUID());
        sealer.sealNow();
        long checkpoint = checkpointOf(id);
        try {
            asOwner("create table kept_checkpoint as select * from audit_checkpoint where seq = " + (checkpoint - 1)
                    + "; delete from audit_checkpoint where seq = " + (checkpoint - 1));
            JsonPath body = integrity();
            assertEquals(false, body.getBoolean("intact"));
            assertEquals(checkpoint, body.getLong("firstMismatch.checkpoint"), body.prettify());
            assertEquals("CHAIN_BROKEN", body.getString("firstMismatch.problem"));
        } finally {
            asOwner("insert into audit_checkpoint select * from kept_checkpoint; drop table kept_checkpoint");
        }
        assertEquals(true, integrity().getBoolean("intact"));
    }

    @Test
    void badInputIsA400AndOtherRolesAre403() {
        given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).queryParam("checkpoint", "1")
                .get("/v1/audit-events/integrity")
                .then().statusCode(400).body("errors[0].field", equalTo("checkpoint"));
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).get("/v1/audit-events/integrity")
                .then().statusCode(403);
    }

    private static JsonPath integrity() {
        return given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).get("/v1/audit-events/integrity")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Appends an entry as the service does (the runtime role may insert), returns its id. */
    private long logEntry(String actor) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into audit_event (id, occurred_at, actor, roles, action, case_id)
                values (nextval('audit_event_seq'), now(), ?, 'iom-practitioner', 'CONSULTATION', ?) returning id""")) {
            s.setString(1, actor);
            s.setObject(2, UUID.randomUUID());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The checkpoint that covers entry {@code id}, sealing until one does (another sealer may hold the lock). */
    private long checkpointOf(long id) throws SQLException {
        for (int i = 0; i < 100; i++) {
            Long seq = coveringCheckpoint(id);
            if (seq != null) {
                return seq;
            }
            sealer.sealNow();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("entry " + id + " was not sealed");
    }

    private Long coveringCheckpoint(long id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select seq from audit_checkpoint where after_event_id < ? and last_event_id >= ?")) {
            s.setLong(1, id);
            s.setLong(2, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** Runs {@code sql} in one transaction as the owner of the schema, with the append-only triggers switched off. */
    private static void asOwner(String sql) throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("quarkus.flyway.jdbc-url", String.class)
                .orElse(config.getValue("quarkus.datasource.jdbc.url", String.class));
        try (Connection c = DriverManager.getConnection(url, config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class))) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("alter table audit_event disable trigger user; alter table audit_checkpoint disable trigger user; "
                        + sql + "; alter table audit_event enable trigger user; "
                        + "alter table audit_checkpoint enable trigger user");
            }
            c.commit();
        }
    }
}
