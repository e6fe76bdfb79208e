package org.iom.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Least privilege, proven for every operation: each operation of the served OpenAPI document is called with a real
 * token of each role, and the outcome must equal the declared table in {@code security/role-matrix.txt}: allowed
 * (anything but 401/403) or refused (403 problem+json). An operation missing from the table fails the build.
 */
@QuarkusTest
class RoleMatrixTest {

    static final List<String> COLUMNS = List.of(Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR,
            Roles.OVERSIGHT, Roles.AUDITOR);

    @Test
    void everyOperationAnswersEveryRoleAsDeclared() throws IOException {
        Map<String, Set<String>> matrix = loadMatrix();
        List<OpenApiOperations.Op> ops = OpenApiOperations.served().protectedOps();
        assertFalse(ops.isEmpty(), "no /v1 operations found in the served document");
        List<String> failures = new ArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : COLUMNS) {
            // Practitioners carry a scheme claim, as they do in real life.
            tokens.put(role, role.equals(Roles.PRACTITIONER) ? Tokens.bearer(role, "MATRIX-SCHEME") : Tokens.bearer(role));
        }
        for (OpenApiOperations.Op op : ops) {
            Set<String> allowed = matrix.get(op.operationId());
            if (allowed == null) {
                failures.add(op + ": no row in src/test/resources/security/role-matrix.txt - declare who may call it");
                continue;
            }
            if (!new TreeSet<>(op.documentedRoles()).equals(new TreeSet<>(allowed))) {
                failures.add(op + ": the contract documents roles " + new TreeSet<>(op.documentedRoles())
                        + " but the matrix declares " + new TreeSet<>(allowed));
            }
            for (String role : COLUMNS) {
                var response = op.call(tokens.get(role));
                int status = response.statusCode();
                if (allowed.contains(role)) {
                    if (status == 401 || status == 403) {
                        failures.add(op + " as " + role + ": expected to be allowed, got " + status);
                    }
                } else if (status != 403 || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    failures.add(op + " as " + role + ": expected 403 problem+json, got " + status + " "
                            + response.contentType());
                }
            }
        }
        Set<String> known = new TreeSet<>();
        ops.forEach(o -> known.add(o.operationId()));
        for (String declared : matrix.keySet()) {
            if (!known.contains(declared)) {
                failures.add("role-matrix.txt declares " + declared + ", which the service no longer serves: remove the row");
            }
        }
        assertEquals(List.of(), failures, failures.size() + " role-matrix violations");
        assertTrue(ops.size() >= matrix.size());
    }

    static Map<String, Set<String>> loadMatrix() throws IOException {
        Map<String, Set<String>> matrix = new LinkedHashMap<>();
        try (InputStream in = RoleMatrixTest.class.getResourceAsStream("/security/role-matrix.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] cells = l.split("\\s+");
                if (cells.length != COLUMNS.size() + 1) {
                    throw new IllegalStateException("role-matrix.txt: expected " + (COLUMNS.size() + 1) + " cells: " + l);
                }
                Set<String> allowed = new TreeSet<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String cell = cells[i + 1];
                    if (cell.equals("Y")) {
                        allowed.add(COLUMNS.get(i));
                    } else if (!cell.equals("-")) {
                        throw new IllegalStateException("role-matrix.txt: cells are Y or -: " + l);
                    }
                }
                if (matrix.put(cells[0], allowed) != null) {
                    throw new IllegalStateException("role-matrix.txt: duplicate row " + cells[0]);
                }
            }
        }
        return matrix;
    }
}
