package org.iom.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;

/**
 * The whole database's data as text, as {@code pg_dump --data-only} gives it when a {@code pg_dump} of the server's
 * major version is on the PATH (the embedded PostgreSQL ships none), else the same content made over JDBC: a
 * {@code COPY ... TO STDOUT} of every table in every schema but PostgreSQL's own. {@link #how()} says which was used.
 */
@ApplicationScoped
public class DatabaseDump {

    @Inject AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private String how = "nothing yet";

    public String how() {
        return how;
    }

    public String data() throws SQLException, IOException, InterruptedException {
        String pgDump = pgDump();
        if (pgDump != null) {
            how = "pg_dump --data-only";
            return pgDump;
        }
        how = "COPY of every table over JDBC (no pg_dump of the server's version on the PATH)";
        return copyEveryTable();
    }

    /** The lines of a dump holding {@code s}, for a failure message. */
    public List<String> linesContaining(String dump, String s) {
        return dump.lines().filter(l -> l.contains(s)).map(l -> l.length() > 300 ? l.substring(0, 300) : l).toList();
    }

    private String pgDump() throws InterruptedException {
        String target = url.replaceFirst("^jdbc:postgresql://", "postgresql://");
        ProcessBuilder pb = new ProcessBuilder("pg_dump", "--data-only", "--no-owner", "--dbname=" + target,
                "--username=" + user).redirectErrorStream(false);
        pb.environment().put("PGPASSWORD", password);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                System.err.println("pg_dump failed: " + new String(p.getErrorStream().readAllBytes(),
                        StandardCharsets.UTF_8));
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // no pg_dump on the PATH
        }
    }

    private String copyEveryTable() throws SQLException, IOException {
        StringWriter out = new StringWriter();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select format('%I.%I', table_schema, table_name) from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                    order by 1""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String t : tables) {
                out.write("-- " + t + "\n");
                copy.copyOut("copy " + t + " to stdout", out);
            }
        }
        return out.toString();
    }
}
