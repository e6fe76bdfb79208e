package org.iom.changes;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.iom.common.ProblemType;
import org.iom.common.db.Database;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/** Entries are kept for {@code iom.changes.retention}, then purged; a cursor older than that is a 410. */
@QuarkusTest
class ChangeFeedRetentionTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Inject ChangePurge purge;
    @Inject ChangeFeedConfig config;
    @Inject Database database;

    @Test
    void keptThirtyDaysByDefault() {
        assertEquals(Duration.ofDays(30), config.retention());
    }

    @Test
    void aCursorOlderThanThePurgedEntriesIs410AndAFreshReadGoesOn() {
        String old = Feed.head(ADMIN);
        Fixtures.scheme();
        Fixtures.scheme();
        String seenAll = Feed.head(ADMIN);
        assertTrue(purge.purge(Instant.now().plusSeconds(60)) > 0);

        given().header("Authorization", ADMIN).queryParam("after", old).when().get("/v1/changes")
                .then().statusCode(410).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo(ProblemType.GONE.uri));
        // A client that had seen everything purged missed nothing: it goes on.
        given().header("Authorization", ADMIN).queryParam("after", seenAll).when().get("/v1/changes")
                .then().statusCode(200);
        // So does a client starting afresh, with the cursor it is given.
        String fresh = Feed.page(ADMIN, null, 200, 0).then().statusCode(200).extract().path("nextCursor");
        Fixtures.scheme();
        assertEquals(1, Feed.drain(ADMIN, fresh).items().size());
        assertEquals(0, purge.purge(Instant.now().minus(Duration.ofDays(1))), "nothing that old is left");
    }

    @Test
    void theRuntimeRoleCannotEditAnEntry() {
        Fixtures.scheme();
        var denied = assertThrows(UnableToExecuteStatementException.class, () -> database.jdbi().useHandle(h ->
                h.execute("update change_entry set version = 0")));
        assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
        assertThrows(UnableToExecuteStatementException.class, () -> database.jdbi().useHandle(h ->
                h.execute("truncate change_entry")));
    }
}
