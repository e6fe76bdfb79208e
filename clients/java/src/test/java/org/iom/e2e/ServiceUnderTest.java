package org.iom.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service, run as a deployer runs it (the service's README, "Production"): {@code java -jar
 * quarkus-run.jar} from the service's build (system property {@code iom.service.jar}), configured only through
 * environment variables, against an embedded PostgreSQL 15 on a free loopback port, trusting only an RSA key made for
 * this run (so the test signs its own tokens; the dev key is not involved). Started once per test JVM; stopped,
 * service first, when the JVM exits. The service's output goes to {@code target/service.log}.
 */
final class ServiceUnderTest {

    private static final String ISSUER = "https://iom-client-e2e.invalid/";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServiceUnderTest started;

    private final String baseUri;
    private final KeyPair key;

    private ServiceUnderTest(String baseUri, KeyPair key) {
        this.baseUri = baseUri;
        this.key = key;
    }

    static synchronized ServiceUnderTest started() {
        if (started == null) {
            try {
                started = start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the service under test", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return started;
    }

    /** Where the service answers, without a trailing slash (for {@code ApiClient.updateBaseUri}). */
    String baseUri() {
        return baseUri;
    }

    /** An {@code Authorization} header value: an RS256 token for the role, with the scheme codes as its schemes claim. */
    String bearer(String role, String... schemeCodes) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "e2e-" + role);
        claims.put("upn", "e2e-" + role);
        claims.put("azp", "iom-client-e2e");
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("groups", List.of(role));
        if (schemeCodes.length > 0) {
            claims.put("schemes", List.of(schemeCodes));
        }
        try {
            String signed = base64Url(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT"))) + "."
                    + base64Url(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.getPrivate());
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + signed + "." + base64Url(rs256.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    /** The two roles of ADR 0031 and the database the owner owns, as a deployment has them. */
    private static void createRoles(EmbeddedPostgres db) throws IOException {
        try (Connection c = db.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role iom login password 'iom'");
            s.execute("create role iom_app login password 'iom_app'");
            s.execute("create database iom owner iom");
        } catch (SQLException e) {
            throw new IOException("Could not create the database roles", e);
        }
    }

    private static ServiceUnderTest start() throws IOException, GeneralSecurityException {
        Path jar = Path.of(System.getProperty("iom.service.jar", "../../target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged service at " + jar.toAbsolutePath().normalize()
                    + ": package it first (./mvnw package -DskipTests in the repository root)");
        }
        // No shutdown hook of zonky's own: ours stops the service first, then the database (stop below).
        EmbeddedPostgres db = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        createRoles(db);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair key = rsa.generateKeyPair();
        int port = freePort();
        Path log = Path.of("target", "service.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder java = new ProcessBuilder(javaCommand(), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = java.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // As in production (README, ADR 0031): the owner migrates, the runtime role serves; the access log's seal key.
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + db.getPort() + "/iom");
        env.put("QUARKUS_DATASOURCE_USERNAME", "iom_app");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "iom_app");
        env.put("QUARKUS_FLYWAY_USERNAME", "iom");
        env.put("QUARKUS_FLYWAY_PASSWORD", "iom");
        env.put("IOM_AUDIT_SEAL_KEY", UUID.randomUUID() + "-" + UUID.randomUUID());
        env.put("MP_JWT_VERIFY_PUBLICKEY", pem(key));
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("IOM_LOG_JSON", "false");
        env.put("QUARKUS_SHUTDOWN_DELAY_ENABLED", "false");
        Process service = java.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, db), "service-under-test-stop"));
        String baseUri = "http://127.0.0.1:" + port;
        awaitReady(service, baseUri, log);
        return new ServiceUnderTest(baseUri, key);
    }

    private static void awaitReady(Process service, String baseUri, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited during start (exit " + service.exitValue()
                        + "); its output:\n" + Files.readString(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("The service was not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                + log.toAbsolutePath());
    }

    private static void stop(Process service, EmbeddedPostgres db) {
        service.destroy();
        try {
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
            db.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(KeyPair key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
