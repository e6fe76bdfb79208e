package org.iom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LeaksTest {

    @Test
    void findsStackTracesClassNamesAndSql() {
        assertEquals("Exception", Leaks.leak("{\"detail\":\"NullPointerException\"}", ""));
        assertEquals("at org.iom.caseload.CaseService.get(",
                Leaks.leak("x\n\tat org.iom.caseload.CaseService.get(CaseService.java:12)", ""));
        assertEquals("org.hibernate", Leaks.leak("org.hibernate.exception", ""));
        assertEquals("SQL", Leaks.leak("SQL state 23505", ""));
        assertEquals("org.postgresql", Leaks.leak("from org.postgresql", ""));
        assertEquals("syntax error at or near", Leaks.leak("ERROR: syntax error at or near \"x\"", ""));
        assertEquals("select id from t", Leaks.leak("select id from t", ""));
        assertEquals("jakarta.", Leaks.leak("jakarta.ws.rs", ""));
        assertEquals("org.iom.caseload.C", Leaks.leak("{\"detail\":\"org.iom.caseload.CaseService failed\"}", ""));
    }

    @Test
    void theChangeFeedsCloudEventTypesAreNotClassNames() {
        assertNull(Leaks.leak("{\"type\":\"org.iom.case.created\",\"source\":\"/v1/cases\"}", ""));
    }

    @Test
    void whatTheRequestItselfSentIsNotALeak() {
        assertNull(Leaks.leak("{\"detail\":\"unknown value 'SQL'\"}", "?status=SQL"));
        assertEquals("Caused by", Leaks.leak("SQL; Caused by: x", "SQL"), "the next pattern still counts");
        assertEquals("SQL", Leaks.leak("SQL", null));
    }

    @Test
    void anEmptyOrMissingBodyLeaksNothing() {
        assertNull(Leaks.leak(null, ""));
        assertNull(Leaks.leak("", ""));
        assertNull(Leaks.leak("{\"type\":\"https://iom.example/problems/validation\",\"status\":400}", ""));
    }
}
