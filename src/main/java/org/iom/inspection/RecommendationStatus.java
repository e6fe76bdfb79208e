package org.iom.inspection;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle of a recommendation and its transition table.
 *
 * <pre>
 * OPEN        -> IN_PROGRESS | SUPERSEDED | WITHDRAWN
 * IN_PROGRESS -> IMPLEMENTED | PARTLY_IMPLEMENTED | NOT_IMPLEMENTED | SUPERSEDED | WITHDRAWN
 * final states (IMPLEMENTED, PARTLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED, WITHDRAWN) -> nothing
 * </pre>
 *
 * A recommendation can be superseded or withdrawn whether or not work has started, but only while it is not closed.
 * Implementation outcomes can only be reached from IN_PROGRESS (work must have started before it can be judged).
 * Final states are terminal: the timeline keeps the record; a wrongly closed item is corrected by a new
 * recommendation that supersedes nothing and a comment, never by rewriting history.
 */
public enum RecommendationStatus {
    OPEN, IN_PROGRESS, IMPLEMENTED, PARTLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED, WITHDRAWN;

    public static final Set<RecommendationStatus> FINAL =
            EnumSet.of(IMPLEMENTED, PARTLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED, WITHDRAWN);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** The statuses this one may move to, in declaration order. */
    public List<RecommendationStatus> allowedTargets() {
        return switch (this) {
            case OPEN -> List.of(IN_PROGRESS, SUPERSEDED, WITHDRAWN);
            case IN_PROGRESS -> List.of(IMPLEMENTED, PARTLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED, WITHDRAWN);
            default -> List.of();
        };
    }

    public boolean canMoveTo(RecommendationStatus target) {
        return allowedTargets().contains(target);
    }
}
