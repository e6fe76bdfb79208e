package org.iom.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short local transactions over plain JDBC on the service's pool, for the hottest read paths, where Hibernate's query
 * machinery and the JTA transaction manager cost the service several times what the SQL costs the database (ADR 0024:
 * {@code GET /v1/cases/{id}}). The work gets a connection with auto-commit off; it is committed when the work
 * returns and rolled back when it throws. SQL failures surface as {@link PersistenceException} with the
 * {@link SQLException} as cause, which {@link ProblemMapper} maps as it maps Hibernate's (503 when the database is
 * unavailable). Never inside a JTA transaction: the work would run on another connection, outside it.
 */
@ApplicationScoped
public class LocalTransactions {

    /** Work on one connection inside the transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionManager transactionManager;

    /** Count the statements the work prepares (tests: statement-count assertions cover both ways of running SQL). */
    @ConfigProperty(name = "iom.jdbc.count-statements", defaultValue = "false")
    boolean countStatements;

    private final AtomicLong statementsPrepared = new AtomicLong();

    /** Statements prepared by work run here so far; counted only with {@code iom.jdbc.count-statements=true}. */
    public long statementsPrepared() {
        return statementsPrepared.get();
    }

    public <T> T run(Work<T> work) {
        try {
            if (transactionManager.getStatus() != Status.STATUS_NO_TRANSACTION) {
                throw new IllegalStateException("a local JDBC transaction may not run inside a JTA transaction");
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        try (Connection pooled = dataSource.getConnection()) {
            Connection connection = countStatements ? counting(pooled) : pooled;
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable t) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    t.addSuppressed(rollbackFailure);
                }
                throw t;
            }
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(LocalTransactions.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statementsPrepared.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
