package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Red/amber/green rating of an open recommendation (the rules: {@link RegisterRules}). */
@Schema(description = "RAG rating of a recommendation that is not closed. RED: overdue (target date passed) or the"
        + " target date has been revised more than once. AMBER (when not RED): the target date is within the next 30"
        + " days (today included), or there has been no update for 90 days or more. GREEN otherwise. Closed"
        + " recommendations (any final status) have no RAG (null).", example = "AMBER")
public enum RecommendationRag {
    RED, AMBER, GREEN
}
