package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import java.util.concurrent.atomic.AtomicLong;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * No N+1: each list endpoint runs the same number of SQL statements for a page of 5 as for a page of 50 (counted by
 * Hibernate's statistics, enabled in the test profile, and by a Jdbi SQL logger installed for the request: together
 * they see every statement the service runs). Both counters are global, so the scheduled jobs (the audit sealer runs
 * every minute) are paused while a request is counted, and each count is the least of three runs: a job already
 * running when the pause began only ever adds statements, never removes any.
 */
@QuarkusTest
class ListStatementCountTest {

    @Inject SessionFactory sessionFactory;
    @Inject Database database;
    @Inject Scheduler scheduler;

    /** Statements one request runs (the least of three runs, the scheduler paused): see the class comment. */
    private long statements(Runnable request) {
        scheduler.pause();
        try {
            long least = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                least = Math.min(least, statementsOnce(request));
            }
            return least;
        } finally {
            scheduler.resume();
        }
    }

    /** Statements one request runs: through Hibernate, and through the read layer (ADR 0027). */
    private long statementsOnce(Runnable request) {
        Statistics stats = sessionFactory.getStatistics();
        assertTrue(stats.isStatisticsEnabled(), "statistics must be on in the test profile");
        AtomicLong jdbi = new AtomicLong();
        SqlStatements config = database.jdbi().getConfig(SqlStatements.class);
        SqlLogger previous = config.getSqlLogger();
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                jdbi.incrementAndGet();
            }
        });
        try {
            stats.clear();
            request.run();
            return stats.getPrepareStatementCount() + jdbi.get();
        } finally {
            config.setSqlLogger(previous);
        }
    }

    private void assertFixed(String what, java.util.function.IntConsumer call, long expected) {
        long small = statements(() -> call.accept(5));
        long large = statements(() -> call.accept(50));
        assertEquals(small, large, what + ": statements for a page of 5 vs a page of 50");
        assertEquals(expected, large, what + ": statements per request");
    }

    @Test
    void caseListRunsAFixedNumberOfStatements() {
        var scheme = Fixtures.scheme();
        for (int i = 0; i < 55; i++) {
            Fixtures.caseOn(scheme);
        }
        String admin = Tokens.bearer(Roles.ADMIN);
        // one statement: the page and its access-log entries (a data-modifying WITH part, ADR 0027)
        assertFixed("GET /v1/cases", limit -> given().header("Authorization", admin)
                .queryParam("schemeId", scheme.id()).queryParam("limit", limit)
                .when().get("/v1/cases").then().statusCode(200).body("items", hasSize(limit)), 1);
        // a practitioner's scope and every filter stay inside the same single query
        String practitioner = Tokens.bearer(Roles.PRACTITIONER, scheme.code());
        assertFixed("GET /v1/cases (practitioner, filtered)", limit -> given().header("Authorization", practitioner)
                .queryParam("status", "ACTIVE").queryParam("policeForceId", "west-midlands")
                .queryParam("reviewOverdue", "false").queryParam("limit", limit)
                .when().get("/v1/cases").then().statusCode(200).body("items", hasSize(limit)), 1);
        // includeTotal adds exactly one count
        assertFixed("GET /v1/cases?includeTotal", limit -> given().header("Authorization", admin)
                .queryParam("schemeId", scheme.id()).queryParam("limit", limit).queryParam("includeTotal", true)
                .when().get("/v1/cases").then().statusCode(200).body("items", hasSize(limit)), 2);
        // a worklist sort is still the one statement
        assertFixed("GET /v1/cases?sort=-rag", limit -> given().header("Authorization", admin)
                .queryParam("schemeId", scheme.id()).queryParam("sort", "-rag").queryParam("limit", limit)
                .when().get("/v1/cases").then().statusCode(200).body("items", hasSize(limit)), 1);
    }

    @Test
    void caseHistoryRunsAFixedNumberOfStatements() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        String admin = Tokens.bearer(Roles.ADMIN);
        for (int i = 0; i < 54; i++) {
            given().header("Authorization", admin).header("If-Match", "\"" + i + "\"")
                    .contentType("application/merge-patch+json").body(Map.of("predictorScore", i))
                    .when().patch("/v1/cases/" + c.id()).then().statusCode(200);
        }
        // case lookup (scope) + one select + one access-log insert
        assertFixed("GET /v1/cases/{id}/history", limit -> given().header("Authorization", admin)
                .queryParam("limit", limit).when().get("/v1/cases/" + c.id() + "/history").then().statusCode(200)
                .body("items", hasSize(limit)), 3);
    }

    @Test
    void outcomeReviewListRunsAFixedNumberOfStatements() {
        var c = Fixtures.caseOn(Fixtures.scheme()); // selected 60 days ago
        String today = LocalDate.now(AppClock.UK).toString();
        String previous = null;
        for (int i = 0; i < 55; i++) {
            Map<String, Object> body = Fixtures.reviewBody(today, NeedsAndReviewsTest.daysAgo(50), today);
            if (i % 2 == 1) {
                body.put("supersedesReviewId", previous); // corrections too: the superseded-by join must not fan out
            }
            previous = NeedsAndReviewsTest.postReview(c.id(), body).statusCode(201).extract().path("id");
        }
        String admin = Tokens.bearer(Roles.ADMIN);
        // case lookup (scope) + one select + one access-log insert
        assertFixed("GET /v1/cases/{id}/outcome-reviews", limit -> given().header("Authorization", admin)
                .queryParam("limit", limit)
                .when().get("/v1/cases/" + c.id() + "/outcome-reviews").then().statusCode(200)
                .body("items", hasSize(limit)), 3);
    }

    @Test
    void schemeListRunsAFixedNumberOfStatements() {
        String marker = "Stmt" + Fixtures.uniqueCode();
        for (int i = 0; i < 51; i++) {
            Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
            body.put("name", marker + " " + i);
            Fixtures.scheme(body);
        }
        String analyst = Tokens.bearer(Roles.ANALYST);
        assertFixed("GET /v1/schemes", limit -> given().header("Authorization", analyst)
                .queryParam("q", marker).queryParam("limit", limit)
                .when().get("/v1/schemes").then().statusCode(200).body("items", hasSize(limit)), 1);
    }

    @Test
    void needsHistoryRunsAFixedNumberOfStatements() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        String admin = Tokens.bearer(Roles.ADMIN);
        Supplier<Long> read = () -> statements(() -> given().header("Authorization", admin)
                .when().get("/v1/cases/" + c.id() + "/needs").then().statusCode(200));
        long none = read.get();
        assertEquals(3, none, "case lookup + needs select + access-log insert");
        for (int i = 0; i < 6; i++) {
            NeedsAndReviewsTest.putNeeds(c.id(), "\"" + i + "\"", Fixtures.needsBody(
                    NeedsAndReviewsTest.daysAgo(30 - i))).statusCode(200);
        }
        assertEquals(none, read.get(), "statements with no assessment vs six");
    }
}
