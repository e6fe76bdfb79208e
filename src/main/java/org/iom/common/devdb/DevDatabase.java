package org.iom.common.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL of dev mode. Only {@link EmbeddedDatabaseConfigSourceFactory} calls this, and only in
 * dev mode, so the packaged application (which does not contain zonky) never loads it.
 *
 * <p>Live reload gives every reload new class loaders, so the running instance is remembered in JVM system
 * properties, not in static fields. Zonky's shutdown hook stops PostgreSQL when the dev JVM exits.
 */
final class DevDatabase {

    private static final String URL_PROPERTY = "iom.dev-db.host";
    private static final String DATA_DIR_PROPERTY = "iom.dev-db.dir";
    private static final String PORT_PROPERTY = "iom.dev-db.port";

    private DevDatabase() {}

    static synchronized Map<String, String> ensureStarted() {
        String host = System.getProperty(URL_PROPERTY);
        if (host == null) {
            host = start();
            System.setProperty(URL_PROPERTY, host);
        }
        return EmbeddedRoles.setUp(host);
    }

    private static String start() {
        Path dataDir = Path.of(System.getProperty(DATA_DIR_PROPERTY, ".dev-db")).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            stopOrphanedPostmaster(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "");
            String port = System.getProperty(PORT_PROPERTY, System.getenv("IOM_DEV_DB_PORT"));
            if (port != null && !port.isBlank()) {
                builder.setPort(Integer.parseInt(port.trim()));
            }
            EmbeddedPostgres pg = builder.start();
            String host = "127.0.0.1:" + pg.getPort();
            System.out.println("iom-service dev mode: embedded PostgreSQL at " + host + ", database "
                    + EmbeddedRoles.DATABASE + " (owner " + EmbeddedRoles.OWNER + ", runtime role " + EmbeddedRoles.RUNTIME
                    + "; data in " + dataDir + ")");
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded dev PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * A dev JVM that was killed leaves its postmaster running and the next start would fail on
     * {@code postmaster.pid}. Stop it, but only when no other live dev-mode run holds zonky's lock on the directory.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = dataDir.resolve("epg-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("Another dev-mode run is using " + dataDir + "; stop it first.");
            }
            try {
                String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
                if (!first.isEmpty()) {
                    ProcessHandle.of(Long.parseLong(first))
                            .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                            .ifPresent(p -> {
                                System.out.println("Stopping orphaned dev PostgreSQL (pid " + p.pid() + ")");
                                p.destroy();
                                p.onExit().orTimeout(20, TimeUnit.SECONDS).join();
                            });
                }
            } catch (NumberFormatException ignored) {
                // not a pid: PostgreSQL will report the stale file itself
            } finally {
                lock.release();
            }
        }
    }
}
