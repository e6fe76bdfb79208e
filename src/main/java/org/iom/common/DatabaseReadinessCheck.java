package org.iom.common;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the database, answered within {@code iom.health.database-timeout} (2 s, {@link DatabaseConfig}) even
 * when the database hangs.
 *
 * <p>It replaces Quarkus' own datasource check ({@code quarkus.datasource.health.enabled=false}), which calls
 * {@code AgroalDataSource.isHealthy(false)} on the probe's thread: that waits for a pooled connection for up to the
 * acquisition timeout and then validates it, so while the database was frozen with every connection stuck, readiness
 * answered after 5-7 s, sometimes only after the freeze, and reported UP (scripts/reliability/hang). Here the same
 * check runs on its own thread and the probe waits for it at most the timeout: a database that does not answer in time
 * is DOWN. At most one check is in flight; while it is still stuck, probes answer DOWN at once instead of queueing more.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "Database connections health check";

    @Inject AgroalDataSource dataSource;
    @Inject DatabaseConfig.Readiness config;

    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(r -> DaemonThread.newDaemon("iom-db-readiness", r));

    private CompletableFuture<Boolean> inFlight;

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<Boolean> check = current();
        Duration timeout = config.databaseTimeout();
        try {
            boolean healthy = check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return healthy ? HealthCheckResponse.up(NAME)
                    : HealthCheckResponse.named(NAME).down().withData("reason", "no valid connection").build();
        } catch (TimeoutException e) {
            return HealthCheckResponse.named(NAME).down()
                    .withData("reason", "the database did not answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return HealthCheckResponse.named(NAME).down().withData("reason", "the database is unavailable").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named(NAME).down().withData("reason", "interrupted").build();
        }
    }

    /** The check in flight, or a new one if the last has finished. */
    private synchronized CompletableFuture<Boolean> current() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    return dataSource.isHealthy(false);
                } catch (SQLException e) {
                    throw new CompletionException(e);
                }
            }, executor);
        }
        return inFlight;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
