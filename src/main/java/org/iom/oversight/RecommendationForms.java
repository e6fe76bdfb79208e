package org.iom.oversight;

import jakarta.ws.rs.FormParam;
import java.util.LinkedHashMap;
import java.util.Map;

/** The four forms of the recommendation page, each with the version of the recommendation the page showed. */
final class RecommendationForms {

    private RecommendationForms() {}

    /** Record the addressee's response. */
    record Response(@FormParam("version") String version, @FormParam("decision") String decision,
            @FormParam("decidedOn-day") String day, @FormParam("decidedOn-month") String month,
            @FormParam("decidedOn-year") String year, @FormParam("rationale") String rationale) {
        Map<String, String> values() {
            return typed("response", "decision", decision, "decidedOn-day", day, "decidedOn-month", month,
                    "decidedOn-year", year, "rationale", rationale);
        }
    }

    /** Add a comment to the timeline. */
    record Comment(@FormParam("version") String version, @FormParam("note") String note) {
        Map<String, String> values() {
            return typed("comment", "note", note);
        }
    }

    /** Move to another status; evidence is required for a final one. */
    record Status(@FormParam("version") String version, @FormParam("status") String status,
            @FormParam("evidence") String evidence, @FormParam("note") String note) {
        Map<String, String> values() {
            return typed("status", "status", status, "evidence", evidence, "note", note);
        }
    }

    /** Revise the target date, with the reason. */
    record TargetDate(@FormParam("version") String version, @FormParam("targetDate-day") String day,
            @FormParam("targetDate-month") String month, @FormParam("targetDate-year") String year,
            @FormParam("reason") String reason) {
        Map<String, String> values() {
            return typed("target", "targetDate-day", day, "targetDate-month", month, "targetDate-year", year,
                    "reason", reason);
        }
    }

    /** What the member typed, keyed {@code form-field}, so a refused form shows it again. */
    private static Map<String, String> typed(String form, String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(form + "-" + pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return m;
    }
}
