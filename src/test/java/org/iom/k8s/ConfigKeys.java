package org.iom.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which environment variables mean something to the service. An environment variable is a configuration key in the
 * MicroProfile Config form (every character that is not a letter or digit becomes '_', then upper case), so
 * {@code QUARKUS_DATASOURCE_JDBC_URL} is {@code quarkus.datasource.jdbc.url}. The keys the service reads are those of
 * {@code application.properties} (with profile prefixes removed), the names its {@code ${...}} expressions look up,
 * and a short list of standard Quarkus/MicroProfile keys it relies on without setting them. The container image's
 * start script reads a few variables of its own.
 */
final class ConfigKeys {

    static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

    /** Standard keys the service reads but application.properties does not set (no default fits every site). */
    static final Set<String> STANDARD_KEYS = Set.of(
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "quarkus.flyway.username",
            "quarkus.flyway.password",
            "quarkus.flyway.jdbc-url",
            // the service's own secret without a default (AuditSealConfig), required in production
            "iom.audit.seal.key",
            "quarkus.http.host",
            "quarkus.log.level",
            "quarkus.profile",
            "mp.jwt.verify.publickey",
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.audiences",
            "mp.jwt.verify.clock.skew");

    /** Read by run-java.sh of the UBI OpenJDK runtime image (src/main/docker/Dockerfile.jvm), not by the service. */
    static final Set<String> IMAGE_VARIABLES = Set.of(
            "JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO", "JAVA_APP_JAR",
            "JAVA_APP_DIR", "JAVA_DIAGNOSTICS", "GC_CONTAINER_OPTIONS", "LANGUAGE", "LANG");

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)");
    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");

    private final Map<String, String> byEnvironmentName;

    private ConfigKeys(Map<String, String> byEnvironmentName) {
        this.byEnvironmentName = byEnvironmentName;
    }

    static ConfigKeys ofTheService() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> keys = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            String key = PROFILE.matcher(name).replaceFirst("");
            keys.put(environmentName(key), key);
            Matcher m = EXPRESSION.matcher(properties.getProperty(name));
            while (m.find()) {
                String referenced = m.group(1).trim();
                keys.put(environmentName(referenced), referenced);
            }
        }
        STANDARD_KEYS.forEach(k -> keys.put(environmentName(k), k));
        return new ConfigKeys(keys);
    }

    /** The MicroProfile Config environment-variable form of a key. */
    static String environmentName(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** The configuration key an environment variable sets, or the image variable it is; empty if neither. */
    Optional<String> meaningOf(String environmentVariable) {
        if (IMAGE_VARIABLES.contains(environmentVariable)) {
            return Optional.of("(container start script) " + environmentVariable);
        }
        return Optional.ofNullable(byEnvironmentName.get(environmentVariable));
    }

    Set<String> environmentNames() {
        return byEnvironmentName.keySet();
    }

    /** A value of application.properties without a profile (e.g. quarkus.shutdown.timeout). */
    static Optional<String> defaultValue(String key) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(properties.getProperty(key));
    }
}
