package org.iom.reliability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal details that must never reach a client: stack traces, class and package names, SQL. A name of ours is a
 * leak when it names a class ({@code org.iom.caseload.CaseService}); the change feed's CloudEvents types
 * ({@code org.iom.case.created}, reverse-DNS as CloudEvents asks) are part of the contract.
 */
final class Leaks {
    static final Pattern[] LEAKS = {
            Pattern.compile("Exception"), Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("),
            Pattern.compile("org\\.hibernate"), Pattern.compile("SQL"), Pattern.compile("\\bjava\\.[a-z]"),
            Pattern.compile("\\borg\\.iom\\.([a-z]\\w*\\.)*[A-Z]"), Pattern.compile("\\bio\\.(quarkus|vertx|smallrye|agroal)"),
            Pattern.compile("\\bjakarta\\."), Pattern.compile("com\\.fasterxml"), Pattern.compile("org\\.postgresql"),
            Pattern.compile("\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w+(Exception|Error)\\b"), Pattern.compile("Caused by"),
            Pattern.compile("(?i)syntax error at or near"), Pattern.compile("(?i)\\bselect .* from \\w"),
    };

    private Leaks() {
    }

    /** The first internal detail found in a response body that the request did not itself contain, or null. */
    static String leak(String body, String request) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        for (Pattern p : LEAKS) {
            Matcher m = p.matcher(body);
            while (m.find()) {
                String found = m.group();
                if (request == null || !request.contains(found)) {
                    return found;
                }
            }
        }
        return null;
    }
}
