package org.iom.inspection;

import java.util.List;
import java.util.stream.Collectors;
import org.iom.inspection.InspectionViews.RecommendationView;

/**
 * The register as RFC 4180 CSV for meeting papers: a header row, CRLF line ends, every field quoted when it holds a
 * comma, quote, CR or LF (quotes doubled). Free-text cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or CR) are prefixed with a single quote (OWASP CSV injection advice).
 */
final class RegisterCsv {

    static final List<String> COLUMNS = List.of("id", "inspectionId", "inspectionTitle", "number", "kind", "text",
            "textVerified", "addressees", "ownerOrganisation", "ownerContact", "theme", "priority", "targetDate",
            "targetDateRevisions", "status", "supersededBy", "responseDecision", "responseDecidedOn", "responseDue",
            "responseLate", "overdue", "daysOverdue", "rag", "lastUpdatedAt", "closedBy", "closedAt", "evidenceFigure");

    private RegisterCsv() {}

    static String header() {
        return String.join(",", COLUMNS) + "\r\n";
    }

    static String row(RecommendationView r) {
        List<String> cells = List.of(s(r.id()), s(r.inspectionId()), text(r.inspectionTitle()), text(r.number()),
                s(r.kind()), text(r.text()), s(r.textVerified()), text(String.join("; ", r.addressees())),
                text(r.owner() == null ? null : r.owner().organisation()),
                text(r.owner() == null ? null : r.owner().contact()), text(r.theme()), s(r.priority()),
                s(r.targetDate()), s(r.targetDateRevisions()), s(r.status()), s(r.supersededBy()),
                s(r.response() == null ? null : r.response().decision()),
                s(r.response() == null ? null : r.response().decidedOn()), s(r.responseDue()), s(r.responseLate()),
                s(r.overdue()), s(r.daysOverdue()), s(r.rag()), s(r.lastUpdatedAt()),
                text(r.closure() == null ? null : r.closure().closedBy()),
                s(r.closure() == null ? null : r.closure().closedAt()), text(r.evidenceFigure()));
        return cells.stream().map(RegisterCsv::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Free text: neutralise a leading formula character. */
    static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + s;
        }
        return s;
    }

    static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
