package org.iom.changes;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.iom.common.ETags;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, scope of the change feed with random scopes (as {@code ObjectLevelAuthorisationTest} does for the case
 * list): random writes across random schemes (selections by admins and by the schemes' practitioners, changes, exits,
 * transfers between schemes, scheme changes, recommendations and their timeline), then random callers (practitioners
 * with random sets of the schemes' codes, sometimes with a code of no scheme or none at all; admins, oversight,
 * analysts, inspectors, auditors) each read the whole feed. Each sees exactly the entries their scope allows, in commit
 * order, and nothing else: the expected entries are read from {@code change_entry} itself (what committed) and filtered
 * by the test's own rule (a case's scheme is the one the test selected it onto); every case entry outside the test's
 * writes is allowed to admins and oversight only. Every page is checked against the contract (the suite's contract
 * filter). Seeded: the seed is in every failure; replay with {@code -Diom.property.seed=N}.
 */
@QuarkusTest
class ChangeFeedScopeTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Inject AgroalDataSource db;

    /** What the test wrote: schemes, cases (with the scheme code they were selected onto), recommendations. */
    final List<SchemeRef> schemes = new ArrayList<>();
    final Map<String, String> schemeOfCase = new HashMap<>();
    final Map<String, String> activeCases = new LinkedHashMap<>(); // id -> ETag
    final Set<String> recommendations = new HashSet<>();
    int writes;

    /** A reader of the feed: a role and, for a practitioner, the token's scheme codes. */
    record Caller(String role, List<String> codes) {
        String bearer() {
            return Tokens.bearer(role, codes.toArray(new String[0]));
        }

        /** Whether an entry about a {@code resource} (of a case: on the scheme of {@code schemeCode}) is theirs. */
        boolean sees(String resource, String schemeCode) {
            if (!"case".equals(resource)) {
                return true;
            }
            return seesAllCases() || (role.equals(Roles.PRACTITIONER) && codes.contains(schemeCode));
        }

        boolean seesAllCases() {
            return role.equals(Roles.ADMIN) || role.equals(Roles.OVERSIGHT);
        }
    }

    /** One entry as the feed shows it: its type, subject and ETag. */
    record Entry(String type, String subject, String etag) {}

    @Test
    void everyCallerSeesExactlyTheEntriesOfTheirScope() throws SQLException {
        long seed = Long.getLong("iom.property.seed", System.nanoTime());
        String context = "seed " + seed + " (replay with -Diom.property.seed=" + seed + ")";
        System.out.println("ChangeFeedScopeTest " + context);
        try {
            run(new Random(seed), context);
        } catch (AssertionError e) {
            throw new AssertionError(context + ": " + e.getMessage(), e);
        }
    }

    private void run(Random random, String context) throws SQLException {
        String start = Feed.head(ADMIN);
        for (int i = 3 + random.nextInt(3); i > 0; i--) {
            schemes.add(Fixtures.scheme());
        }
        for (SchemeRef s : schemes) {
            select(random, s);
        }
        for (int i = 25 + random.nextInt(15); i > 0; i--) {
            write(random);
        }
        List<Entry> committed = committed();
        assertTrue(committed.size() >= writes, context + ": fewer entries (" + committed.size() + ") than writes ("
                + writes + ")");

        List<Caller> callers = new ArrayList<>(List.of(practitioner(random), new Caller(Roles.ADMIN, List.of()),
                new Caller(Roles.INSPECTOR, List.of())));
        for (int i = 0; i < 7; i++) {
            String role = Roles.ALL.get(random.nextInt(Roles.ALL.size()));
            callers.add(role.equals(Roles.PRACTITIONER) ? practitioner(random) : new Caller(role, List.of()));
        }
        for (Caller caller : callers) {
            int limit = 1 + random.nextInt(25);
            String who = context + ", " + caller + ", limit " + limit;
            List<Map<String, Object>> whole = read(caller.bearer(), null, 200, who);
            List<Map<String, Object>> tail = read(caller.bearer(), start, limit, who);
            checkScope(caller, whole, committed, who);
            assertTrue(tail.size() <= whole.size(), who + ": more entries after the start than in the whole feed");
            assertEquals(whole.subList(whole.size() - tail.size(), whole.size()), tail,
                    who + ": the entries after the start cursor, in pages of " + limit + ", are not the end of the feed");
            List<Entry> expected = committed.stream()
                    .filter(e -> caller.sees(resource(e.type()), schemeOfCase.get(e.subject()))).toList();
            assertEquals(expected, ours(tail), who + ": the test's entries after the start cursor");
        }
    }

    /** Every case entry the caller got is one their scope allows; the test's own entries are exactly those allowed. */
    private void checkScope(Caller caller, List<Map<String, Object>> items, List<Entry> committed, String who) {
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> item : items) {
            assertTrue(ids.add((String) item.get("id")), who + ": entry " + item.get("id") + " twice");
            String resource = resource((String) item.get("type"));
            String subject = (String) item.get("subject");
            if ("case".equals(resource)) {
                // A case of another test is on a scheme none of the practitioners' codes names.
                boolean ours = schemeOfCase.containsKey(subject);
                assertTrue(ours ? caller.sees(resource, schemeOfCase.get(subject)) : caller.seesAllCases(),
                        who + ": sees case " + subject + (ours ? " of " + schemeOfCase.get(subject) : " of another test"));
            }
        }
        List<Entry> expected = committed.stream()
                .filter(e -> caller.sees(resource(e.type()), schemeOfCase.get(e.subject()))).toList();
        assertEquals(expected, ours(items), who + ": the test's entries in the whole feed");
    }

    /** The items about what this test wrote, as entries, in the feed's order. */
    private List<Entry> ours(List<Map<String, Object>> items) {
        Set<String> subjects = subjects();
        List<Entry> out = new ArrayList<>();
        for (Map<String, Object> item : items) {
            String subject = (String) item.get("subject");
            String url = Feed.url(item);
            boolean timeline = url.startsWith("/v1/recommendations/") && url.contains("/updates/")
                    && recommendations.contains(url.split("/")[3]);
            if (subjects.contains(subject) || timeline) {
                out.add(new Entry((String) item.get("type"), subject, Feed.etag(item)));
            }
        }
        return out;
    }

    private Set<String> subjects() {
        Set<String> all = new HashSet<>(schemeOfCase.keySet());
        schemes.forEach(s -> all.add(s.id()));
        all.addAll(recommendations);
        return all;
    }

    private static String resource(String type) {
        String rest = type.substring(ChangeEvents.TYPE_PREFIX.length());
        return rest.substring(0, rest.lastIndexOf('.'));
    }

    /** What committed about the test's resources, in commit order, read from the feed's tables, not from the feed. */
    private List<Entry> committed() throws SQLException {
        String[] subjects = subjects().toArray(new String[0]);
        String[] recs = recommendations.toArray(new String[0]);
        List<Entry> entries = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select e.resource, e.action, e.resource_id::text, e.version
                from change_entry e join change_transaction t on t.xid = e.xid
                where t.commit_seq is not null
                  and (e.resource_id::text = any(?) or e.parent_id::text = any(?))
                order by t.commit_seq, e.seq""")) {
            ps.setArray(1, c.createArrayOf("text", subjects));
            ps.setArray(2, c.createArrayOf("text", recs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long version = rs.getLong(4);
                    String etag = rs.wasNull() ? null : ETags.of(version);
                    entries.add(new Entry(ChangeEvents.TYPE_PREFIX + rs.getString(1) + "." + rs.getString(2),
                            rs.getString(3), etag));
                }
            }
        }
        return entries;
    }

    /** Every page from {@code after} (null: the start of the feed) to the head. */
    private static List<Map<String, Object>> read(String bearer, String after, int limit, String who) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = after;
        for (int pages = 0; ; pages++) {
            assertFalse(pages > 100_000, who + ": paging does not end");
            Response r = Feed.page(bearer, cursor, limit, 0);
            assertEquals(200, r.statusCode(), who + ": " + r.asString());
            JsonPath json = r.jsonPath();
            List<Map<String, Object>> page = json.getList("items");
            assertTrue(page.size() <= limit, who + ": a page of " + page.size());
            items.addAll(page);
            String next = json.getString("nextCursor");
            if (page.isEmpty() && next.equals(cursor)) {
                return items;
            }
            cursor = next;
        }
    }

    /** A practitioner with a random set of the schemes' codes, sometimes with a code of no scheme. */
    private Caller practitioner(Random random) {
        List<String> codes = new ArrayList<>();
        for (SchemeRef s : schemes) {
            if (random.nextBoolean()) {
                codes.add(s.code());
            }
        }
        if (random.nextInt(4) == 0) {
            codes.add(Fixtures.uniqueCode());
        }
        return new Caller(Roles.PRACTITIONER, codes);
    }

    // ---- random writes ----

    private void write(Random random) {
        List<String> active = new ArrayList<>(activeCases.keySet());
        int kind = random.nextInt(10);
        if (active.isEmpty() || kind < 3) {
            select(random, schemes.get(random.nextInt(schemes.size())));
            return;
        }
        String caseId = active.get(random.nextInt(active.size()));
        String bearer = random.nextBoolean() ? ADMIN : Tokens.bearer(Roles.PRACTITIONER, schemeOfCase.get(caseId));
        switch (kind) {
            case 3, 4 -> {
                Response r = given().header("Authorization", bearer).header("If-Match", activeCases.get(caseId))
                        .contentType("application/merge-patch+json")
                        .body(Map.of("rag", List.of("RED", "AMBER", "GREEN").get(random.nextInt(3))))
                        .when().patch("/v1/cases/" + caseId);
                assertEquals(200, r.statusCode(), r.asString());
                activeCases.put(caseId, r.header("ETag"));
            }
            case 5 -> {
                given().header("Authorization", bearer).header("If-Match", activeCases.get(caseId))
                        .contentType(ContentType.JSON)
                        .body(Map.of("exitedOn", LocalDate.now().toString(), "reason", "RISK_REDUCED"))
                        .when().post("/v1/cases/" + caseId + "/exit").then().statusCode(200);
                activeCases.remove(caseId);
            }
            case 6, 7 -> transfer(random, caseId);
            case 8 -> {
                SchemeRef s = schemes.get(random.nextInt(schemes.size()));
                String etag = given().header("Authorization", ADMIN).get("/v1/schemes/" + s.id()).header("ETag");
                given().header("Authorization", ADMIN).header("If-Match", etag)
                        .contentType("application/merge-patch+json").body(Map.of("name", "Renamed " + random.nextInt()))
                        .when().patch("/v1/schemes/" + s.id()).then().statusCode(200);
            }
            default -> recommendation(random);
        }
        writes++;
    }

    private void select(Random random, SchemeRef scheme) {
        String bearer = random.nextBoolean() ? ADMIN : Tokens.bearer(Roles.PRACTITIONER, scheme.code());
        var r = Fixtures.postCase(bearer, Fixtures.caseBody(scheme.id())).statusCode(201).extract();
        schemeOfCase.put(r.path("id"), scheme.code());
        activeCases.put(r.path("id"), r.header("ETag"));
        writes++;
    }

    /** Moves the case to another scheme: the old case exits, a new one is selected on the other scheme. */
    private void transfer(Random random, String caseId) {
        String from = schemeOfCase.get(caseId);
        List<SchemeRef> others = schemes.stream().filter(s -> !s.code().equals(from)).toList();
        SchemeRef onto = others.get(random.nextInt(others.size()));
        String bearer = random.nextBoolean() ? ADMIN : Tokens.bearer(Roles.PRACTITIONER, from, onto.code());
        Response r = given().header("Authorization", bearer).header("If-Match", activeCases.get(caseId))
                .contentType(ContentType.JSON)
                .body(Map.of("schemeId", onto.id(), "transferredOn", LocalDate.now().toString()))
                .when().post("/v1/cases/" + caseId + "/transfer");
        assertEquals(201, r.statusCode(), r.asString());
        activeCases.remove(caseId);
        schemeOfCase.put(r.path("id"), onto.code());
        activeCases.put(r.path("id"), r.header("ETag"));
    }

    /** An inspection's recommendation, and sometimes an update on its timeline. */
    private void recommendation(Random random) {
        String rec = Fixtures.recommendation();
        recommendations.add(rec);
        if (random.nextBoolean()) {
            String etag = given().header("Authorization", ADMIN).get("/v1/recommendations/" + rec).header("ETag");
            given().header("Authorization", Tokens.bearer(Roles.OVERSIGHT)).header("If-Match", etag)
                    .contentType(ContentType.JSON).body(Map.of("type", "STATUS_CHANGE", "status", "IN_PROGRESS"))
                    .when().post("/v1/recommendations/" + rec + "/updates").then().statusCode(201);
        }
    }
}
