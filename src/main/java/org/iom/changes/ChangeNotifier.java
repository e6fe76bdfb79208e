package org.iom.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iom.common.DaemonThread;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes the long polls of {@code GET /v1/changes} when a change commits (ADR 0038): one thread per instance listens
 * on the channel {@code iom_changes} on one connection of its own (not the pool's), which every transaction that
 * writes feed entries notifies at its commit. A waiting request holds no thread and no connection: it holds a
 * future here, completed by the next notification.
 *
 * <p>The generation counts notifications: a request notes it before it reads the feed and waits only while it is
 * unchanged, so a commit between its read and its wait is not missed. When the connection fails every waiter is
 * woken (it reads again) and the thread reconnects after a second.
 */
@ApplicationScoped
public class ChangeNotifier {

    static final String CHANNEL = "iom_changes";
    private static final Logger LOG = Logger.getLogger(ChangeNotifier.class);
    private static final int POLL_MILLIS = 500;
    private static final int CHECK_EVERY_POLLS = 20;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url;
    @ConfigProperty(name = "quarkus.datasource.username") String username;
    @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password;

    private final AtomicLong generation = new AtomicLong();
    private final Set<CompletableFuture<Void>> waiters = ConcurrentHashMap.newKeySet();
    private final DaemonThread listener = new DaemonThread("change-feed-listener", this::listen);

    void start(@Observes StartupEvent start) {
        listener.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        listener.interrupt();
        changed();
    }

    /** How many notifications have arrived so far. */
    long generation() {
        return generation.get();
    }

    /** Completes at the first notification after generation {@code seen} (at once if there has been one). */
    CompletableFuture<Void> after(long seen) {
        CompletableFuture<Void> waiter = new CompletableFuture<>();
        waiters.add(waiter);
        if (generation.get() != seen) {
            release(waiter);
        }
        return waiter;
    }

    /** A waiter that no longer waits (its time is up, or its client left). */
    void forget(CompletableFuture<Void> waiter) {
        waiters.remove(waiter);
    }

    /** Wakes every waiter. */
    void changed() {
        generation.incrementAndGet();
        for (CompletableFuture<Void> waiter : waiters) {
            release(waiter);
        }
    }

    private void release(CompletableFuture<Void> waiter) {
        waiters.remove(waiter);
        waiter.complete(null);
    }

    private void listen() {
        while (listener.running()) {
            try (Connection connection = connect()) {
                try (Statement s = connection.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                changed(); // whatever committed while this instance was not listening
                receive(connection);
            } catch (SQLException e) {
                if (listener.running()) {
                    LOG.warnf("Change feed listener: %s; long polls fall back to their timeout, reconnecting in 1 s",
                            e.getMessage());
                    changed();
                    pause();
                }
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        int polls = 0;
        while (listener.running()) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                changed();
            }
            if (++polls % CHECK_EVERY_POLLS == 0 && !connection.isValid(2)) {
                throw new SQLException("the listening connection stopped answering");
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", username);
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "iom-service change feed");
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, props);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
