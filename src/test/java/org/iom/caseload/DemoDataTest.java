package org.iom.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The dev-mode demo data (db/demo, loaded only in quarkus:dev) loads cleanly against the real schema, gives non-trivial
 * figures and is idempotent. Run inside a transaction that is rolled back, so the test database is left untouched.
 */
@QuarkusTest
class DemoDataTest {

    static final String DEMO_SCHEMES = "('0180a000-0001-7000-8000-000000000001', '0180a000-0002-7000-8000-000000000002',"
            + " '0180a000-0003-7000-8000-000000000003', '0180a000-0004-7000-8000-000000000004',"
            + " '0180a000-0005-7000-8000-000000000005', '0180a000-0006-7000-8000-000000000006',"
            + " '0180a000-0007-7000-8000-000000000007')";

    @Inject DataSource dataSource;

    @Test
    void demoDataLoadsIsIdempotentAndMakesSense() throws Exception {
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/demo/R__demo_schemes_and_cases.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute(script);
                long schemes = count(st, "select count(*) from scheme where id in " + DEMO_SCHEMES);
                long cases = count(st, "select count(*) from iom_case where scheme_id in " + DEMO_SCHEMES);
                long needs = count(st, "select count(*) from needs_assessment where scheme_id in " + DEMO_SCHEMES);
                long reviews = count(st, "select count(*) from outcome_review where scheme_id in " + DEMO_SCHEMES);
                assertEquals(7, schemes);
                assertTrue(cases >= 400, "cases: " + cases);
                assertTrue(needs >= cases, "needs assessments: " + needs);
                assertTrue(reviews >= 300, "outcome reviews: " + reviews);
                assertTrue(count(st, "select count(distinct s.police_force_id) from scheme s where s.id in " + DEMO_SCHEMES) >= 6);
                assertTrue(count(st, "select count(*) from iom_case where status = 'EXITED' and scheme_id in " + DEMO_SCHEMES) > 50);
                assertTrue(count(st, "select count(*) from iom_case where status = 'ACTIVE' and next_review_on < current_date"
                        + " and scheme_id in " + DEMO_SCHEMES) > 10, "some reviews are overdue");
                assertTrue(count(st, "select count(*) from (select scheme_id, crn from iom_case where scheme_id in "
                        + DEMO_SCHEMES + " group by scheme_id, crn having count(*) > 1) x") > 5, "people selected again");
                assertTrue(count(st, "select count(*) from outcome_review where supersedes_id is not null and scheme_id in "
                        + DEMO_SCHEMES) > 3, "corrected reviews");
                assertEquals(0, count(st, "select count(*) from iom_case c join scheme s on s.id = c.scheme_id"
                        + " where not (c.cohort = any(s.cohorts)) and s.id in " + DEMO_SCHEMES), "cohort run by the scheme");
                assertEquals(0, count(st, "select count(*) from iom_case c join scheme s on s.id = c.scheme_id"
                        + " where (c.selected_on < s.launched_on or c.selected_on > current_date) and s.id in " + DEMO_SCHEMES));
                assertEquals(0, count(st, "select count(*) from needs_assessment n join iom_case c on c.id = n.case_id"
                        + " where (n.assessed_on < c.selected_on or n.assessed_on > current_date) and c.scheme_id in " + DEMO_SCHEMES));
                assertEquals(0, count(st, "select count(*) from outcome_review r join iom_case c on c.id = r.case_id"
                        + " where (r.period_from < c.selected_on or r.reviewed_on > current_date or r.period_to > r.reviewed_on)"
                        + " and c.scheme_id in " + DEMO_SCHEMES));
                assertEquals(0, count(st, "select count(*) from iom_case where scheme_id in " + DEMO_SCHEMES
                        + " and substr(id::text, 15, 1) <> '7'"), "ids are UUID v7");
                try (ResultSet rs = st.executeQuery("select pnc_id from iom_case where pnc_id is not null and scheme_id in "
                        + DEMO_SCHEMES)) {
                    int n = 0;
                    while (rs.next()) {
                        assertTrue(Pnc.isValid(rs.getString(1)), rs.getString(1));
                        n++;
                    }
                    assertTrue(n > 100, "PNC ids: " + n);
                }
                // Running it again changes nothing.
                st.execute(script);
                assertEquals(cases, count(st, "select count(*) from iom_case where scheme_id in " + DEMO_SCHEMES));
                assertEquals(needs, count(st, "select count(*) from needs_assessment where scheme_id in " + DEMO_SCHEMES));
                assertEquals(reviews, count(st, "select count(*) from outcome_review where scheme_id in " + DEMO_SCHEMES));
            } finally {
                c.rollback();
            }
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
