package org.iom.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the register is filtered on, normalised (null = not filtered, text stripped, blank as null): the SQL side of
 * {@link RecommendationFilter} and {@link OversightFilter}.
 */
record RegisterFilter(List<RecommendationStatus> status, String addressee, String owner, UUID inspectionId,
        String theme, Priority priority, RecommendationKind kind, Boolean overdue, RecommendationRag rag,
        LocalDate dueBefore, String q, Boolean stale, Boolean responseLate, Instant changedSince, String actionOwner,
        Boolean actionOverdue) {

    RegisterFilter {
        status = status == null ? List.of() : status.stream().filter(Objects::nonNull).distinct().toList();
        addressee = Text.blankToNull(addressee);
        owner = Text.blankToNull(owner);
        theme = Text.blankToNull(theme);
        q = Text.blankToNull(q);
        actionOwner = Text.blankToNull(actionOwner);
    }

    /** Whether only the inspection (or nothing) is filtered on: the summary then lists inspections with no matches. */
    boolean onlyByInspection() {
        return status.isEmpty() && addressee == null && owner == null && theme == null && priority == null
                && kind == null && overdue == null && rag == null && dueBefore == null && q == null && stale == null
                && responseLate == null && changedSince == null && actionOwner == null && actionOverdue == null;
    }
}
