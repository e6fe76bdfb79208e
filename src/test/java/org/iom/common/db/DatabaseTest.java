package org.iom.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iom.common.ProblemException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/**
 * The one transaction helper (ADR 0027): a local transaction of its own, committed on return and rolled back on a
 * throw; inside a JTA transaction, joined to it; values bound and mapped one way.
 */
@QuarkusTest
class DatabaseTest {

    @Inject Database database;

    int entriesWithRequestId(String requestId) {
        return database.inTransaction(h -> h.createQuery("select count(*) from audit_event where request_id = :id")
                .bind("id", requestId).mapTo(Integer.class).one());
    }

    static void insertEntry(Handle h, String requestId) {
        h.createUpdate("""
                insert into audit_event (id, occurred_at, actor, roles, action, request_id)
                values (nextval('audit_event_seq'), now(), 'db-test', 'iom-admin', 'CONSULTATION', :id)""")
                .bind("id", requestId).execute();
    }

    @Test
    void commitsWhenTheWorkReturnsAndRollsBackWhenItThrows() {
        String committed = "db-" + UUID.randomUUID();
        String rolledBack = "db-" + UUID.randomUUID();

        database.useTransaction(h -> insertEntry(h, committed));
        ProblemException thrown = assertThrows(ProblemException.class, () -> database.useTransaction(h -> {
            insertEntry(h, rolledBack);
            throw ProblemException.notFound("Thing", "no-such-thing");
        }));

        assertEquals(404, thrown.type.status);
        assertEquals(1, entriesWithRequestId(committed));
        assertEquals(0, entriesWithRequestId(rolledBack));
    }

    @Test
    void insideAJtaTransactionTheWorkJoinsItAndCommitsOrRollsBackWithIt() {
        String committed = "db-jta-" + UUID.randomUUID();
        String rolledBack = "db-jta-" + UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> database.useTransaction(h -> insertEntry(h, committed)));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            database.useTransaction(h -> insertEntry(h, rolledBack));
            assertEquals(1, entriesWithRequestId(rolledBack), "the JTA transaction sees its own write");
            throw new IllegalStateException("roll the JTA transaction back");
        }));

        assertEquals(1, entriesWithRequestId(committed));
        assertEquals(0, entriesWithRequestId(rolledBack), "rolled back with the JTA transaction it joined");
    }

    @Test
    void aNewTransactionInsideAnotherCommitsOnItsOwnConnection() {
        String outer = "db-outer-" + UUID.randomUUID();
        String inner = "db-inner-" + UUID.randomUUID();

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                database.useTransaction(h -> {
                    insertEntry(h, outer);
                    int outerBackend = h.createQuery("select pg_backend_pid()").mapTo(Integer.class).one();
                    int innerBackend = database.inNewTransaction(n -> {
                        insertEntry(n, inner);
                        return n.createQuery("select pg_backend_pid()").mapTo(Integer.class).one();
                    });
                    assertNotEquals(outerBackend, innerBackend, "not the enclosing handle's connection");
                    throw new IllegalStateException("roll the enclosing transaction back");
                })));

        assertEquals(0, entriesWithRequestId(outer));
        assertEquals(1, entriesWithRequestId(inner), "committed on its own");
    }

    @Test
    void anSqlFailureSurfacesWithTheSqlStateAsItsCause() {
        UnableToExecuteStatementException e = assertThrows(UnableToExecuteStatementException.class,
                () -> database.useTransaction(h -> h.createQuery("select * from no_such_table").mapToMap().list()));
        SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
        assertEquals("42P01", cause.getSQLState());
    }

    @Test
    void aNamedParameterWithoutAValueIsRefusedBeforeTheDatabaseSeesIt() {
        assertThrows(UnableToCreateStatementException.class, () -> database.useTransaction(h ->
                h.createQuery("select :a::text, :b::text").bind("a", "x").mapToMap().list()));
    }

    /** A row of the round trip below: columns map by name into record components. */
    record Row(UUID someId, LocalDate someDay, Instant someInstant, List<String> someCodes) {}

    @Test
    void valuesBindAndMapOneWayIntoRecordsByColumnName() {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 11, 25);
        Instant instant = Instant.parse("2026-11-25T13:58:07.123456Z");
        Row row = database.inTransaction(h -> h.createQuery("""
                        select :id as some_id, :day as some_day, :instant as some_instant, :codes as some_codes""")
                .bind("id", id).bind("day", day).bind("instant", instant)
                .bindArray("codes", String.class, List.of("WMP-BHAM", "a\"b,c"))
                .mapTo(Row.class).one());
        assertEquals(new Row(id, day, instant, List.of("WMP-BHAM", "a\"b,c")), row);
    }

    /** Fourteen nested records: building their mappers from inside the outer one's must not trip the mapper cache. */
    record N1(int a1) {}
    record N2(int a2) {}
    record N3(int a3) {}
    record N4(int a4) {}
    record N5(int a5) {}
    record N6(int a6) {}
    record N7(int a7) {}
    record N8(int a8) {}
    record N9(int a9) {}
    record N10(int a10) {}
    record N11(int a11) {}
    record N12(int a12) {}
    record N13(int a13) {}
    record N14(int a14) {}
    record Outer(@Nested N1 n1, @Nested N2 n2, @Nested N3 n3, @Nested N4 n4, @Nested N5 n5, @Nested N6 n6, @Nested N7 n7, @Nested N8 n8, @Nested N9 n9, @Nested N10 n10, @Nested N11 n11, @Nested N12 n12, @Nested N13 n13, @Nested N14 n14) {}

    @Test
    void aRecordWithManyNestedRecordsMapsOnFirstUse() {
        Outer row = database.inTransaction(h -> h.createQuery("select 1 as a1, 2 as a2, 3 as a3, 4 as a4, 5 as a5, 6 as a6, 7 as a7, 8 as a8, 9 as a9, 10 as a10, 11 as a11, 12 as a12, 13 as a13, 14 as a14").mapTo(Outer.class).one());
        assertEquals(new Outer(new N1(1), new N2(2), new N3(3), new N4(4), new N5(5), new N6(6), new N7(7), new N8(8), new N9(9), new N10(10), new N11(11), new N12(12), new N13(13), new N14(14)), row);
    }
}
