package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iom.common.ProblemException;
import org.iom.inspection.TimelineViews.NewUpdate;

/**
 * A decision of an oversight meeting about a recommendation on its agenda (or one of its actions): recorded as a
 * DECISION timeline entry linked to the meeting. It is a record; the change it leads to is its own entry.
 */
@ApplicationScoped
class Decisions {

    @Inject MeetingRepository meetings;
    @Inject ActionRepository actions;
    @Inject AgendaService agendas;

    void record(Recommendation r, NewUpdate body, RecommendationUpdate entry) {
        Meeting m = meetings.findByIdOptional(body.meetingId())
                .orElseThrow(() -> ProblemException.invalid("meetingId", "no meeting " + body.meetingId()));
        if (body.actionId() != null) {
            actions.requireOf(r.id, body.actionId(), "actionId");
        }
        if (!agendas.onAgenda(m, r.id)) {
            throw ProblemException.invalid("meetingId", "recommendation " + r.id + " is not on the agenda of meeting "
                    + m.id + " (" + m.meetingGroup + ", " + m.heldOn + "): a meeting decides about its agenda only");
        }
        entry.meetingId = m.id;
        entry.decision = body.decision().name();
        entry.actionId = body.actionId();
    }
}
