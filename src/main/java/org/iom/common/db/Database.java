package org.iom.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The one way to run hand-written SQL (ADR 0027): Jdbi 3 over the service's connection pool. Repositories and
 * {@code *Query} classes take the {@link org.jdbi.v3.core.Handle} that {@link #inTransaction} gives them and write SQL
 * with {@code :name} parameters; rows map by column name ({@code snake_case} columns to {@code camelCase} record
 * components) into records. Values bind one way: UUIDs, dates and arrays natively (PostgreSQL plugin), instants as
 * {@code timestamptz} through {@link OffsetDateTime} (no {@code java.sql.Timestamp} and its Calendar).
 *
 * <p>One transaction helper for both kinds of caller:
 * <ul>
 * <li>outside a JTA transaction (the hot reads: GET case, the lists, statistics): a local transaction of its own,
 * committed when the work returns and rolled back when it throws (ADR 0024);</li>
 * <li>inside one ({@code @Transactional} services that write through Panache): the JTA transaction's connection,
 * joined, not committed; Hibernate's pending changes are flushed first, so the SQL sees them.</li>
 * </ul>
 * SQL failures surface as Jdbi's exceptions with the {@link java.sql.SQLException} as cause;
 * {@link org.iom.common.ProblemMapper} answers 503 when the database is unavailable, as for Hibernate's.
 */
@ApplicationScoped
public class Database {

    private final Jdbi jdbi;
    private final TransactionManager transactions;
    private final EntityManager entityManager;

    @Inject
    public Database(AgroalDataSource dataSource, TransactionManager transactions, EntityManager entityManager) {
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.jdbi = configure(Jdbi.create(dataSource));
    }

    static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new PostgresPlugin());
        jdbi.registerArgument(new InstantArgument());
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        });
        // Every record maps by its components' names, its reflection done once per type (RecordMapper).
        jdbi.registerRowMapper(new RecordMapper.Factory(jdbi.getConfig()));
        return jdbi;
    }

    /**
     * Runs {@code work} in a transaction and returns its result: the caller's JTA transaction when there is one, else
     * a local transaction of its own.
     */
    public <T, X extends Exception> T inTransaction(HandleCallback<T, X> work) throws X {
        flushIfJta();
        return jdbi.inTransaction(work);
    }

    /** {@link #inTransaction} for work that returns nothing. */
    public <X extends Exception> void useTransaction(HandleConsumer<X> work) throws X {
        flushIfJta();
        jdbi.useTransaction(work);
    }

    /**
     * Runs {@code work} on a handle of its own in auto-commit, outside any transaction: each statement is its own
     * transaction (a query reads one snapshot; an insert commits when it returns). For a single-statement read or write
     * that needs no BEGIN and COMMIT round trips (GET case's read and the access log's group commit, ADR 0043). Refused
     * inside a JTA transaction, whose work it would silently leave.
     */
    public <T, X extends Exception> T inAutoCommit(HandleCallback<T, X> work) throws X {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("inAutoCommit inside a JTA transaction");
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        return jdbi.withHandle(work);
    }

    /**
     * Runs {@code work} in a new JTA transaction of its own, committed when it returns (the caller's transaction, if
     * any, waits meanwhile), on a handle of its own. Not {@code QuarkusTransaction.requiringNew()} around
     * {@link #inTransaction}: inside an enclosing {@link #inTransaction} on this thread, Jdbi would hand the work the
     * enclosing handle, whose connection belongs to the suspended transaction (for writes that must commit whatever
     * that transaction does, such as an import's progress while its COPY runs).
     */
    public <T> T inNewTransaction(HandleCallback<T, RuntimeException> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Handle handle = jdbi.open()) {
                return work.withHandle(handle);
            }
        });
    }

    /** The configured Jdbi, for tests that observe statements (production code uses {@link #inTransaction}). */
    public Jdbi jdbi() {
        return jdbi;
    }

    private void flushIfJta() {
        try {
            if (transactions.getStatus() == Status.STATUS_ACTIVE) {
                entityManager.flush();
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Instants bind as {@code timestamptz} via {@link OffsetDateTime} in UTC. */
    static final class InstantArgument extends AbstractArgumentFactory<Instant> {
        InstantArgument() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setObject(position, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }
}
