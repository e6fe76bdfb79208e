package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Readiness answers within its timeout even when the pool's own check hangs (a frozen database). */
class DatabaseReadinessCheckTest {

    private final CountDownLatch thaw = new CountDownLatch(1);
    private final AtomicInteger checks = new AtomicInteger();
    private volatile boolean hung = true;
    private final DatabaseReadinessCheck check = new DatabaseReadinessCheck();

    DatabaseReadinessCheckTest() {
        check.config = () -> Duration.ofMillis(300);
        check.dataSource = (AgroalDataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AgroalDataSource.class}, (proxy, method, args) -> {
                    if ("isHealthy".equals(method.getName())) {
                        checks.incrementAndGet();
                        if (hung) {
                            thaw.await(30, TimeUnit.SECONDS);
                        }
                        return true;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void stop() {
        thaw.countDown();
        check.stop();
    }

    @Test
    void aHungDatabaseIsDownWithinTheTimeoutAndProbesDoNotPileUp() {
        long t0 = System.nanoTime();
        HealthCheckResponse first = check.call();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(HealthCheckResponse.Status.DOWN, first.getStatus());
        assertEquals(DatabaseReadinessCheck.NAME, first.getName());
        assertTrue(ms >= 250 && ms < 5000, "answered after " + ms + " ms");
        assertTrue(first.getData().orElseThrow().get("reason").toString().contains("did not answer"));

        // While the first check is still stuck, further probes wait for it (bounded) instead of starting more.
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
        assertEquals(1, checks.get());

        // The database answers again: the next probe is UP.
        hung = false;
        thaw.countDown();
        HealthCheckResponse after = null;
        for (int i = 0; i < 20 && (after == null || after.getStatus() != HealthCheckResponse.Status.UP); i++) {
            after = check.call();
        }
        assertEquals(HealthCheckResponse.Status.UP, after.getStatus());
    }
}
