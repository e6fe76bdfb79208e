package org.iom.caseload;

import org.iom.security.Caller;

/** Who made a change: the token's subject and a name to show (ADR 0037). */
record Actor(String subject, String name) {

    static Actor of(Caller caller) {
        return new Actor(truncate(caller.subject()), caller.displayName());
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
