package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.inspection.MeetingViews.MeetingPage;
import org.iom.inspection.MeetingViews.MeetingView;
import org.iom.inspection.MeetingViews.NewMeeting;
import org.iom.security.Caller;

/** Oversight meetings: recording one (in date order within its group) and reading them back as records. */
@ApplicationScoped
@Transactional
public class MeetingService {

    @Inject MeetingRepository meetings;
    @Inject InspectionRepository inspections;
    @Inject AppClock clock;
    @Inject Caller caller;

    public Versioned<MeetingView> create(NewMeeting body) {
        String group = body.group().strip();
        List<String> organisations = organisations(body.organisations());
        List<UUID> inspectionIds = body.inspectionIds() == null ? List.of()
                : body.inspectionIds().stream().distinct().toList();
        checkInspections(inspectionIds);
        meetings.lockGroup(group);
        meetings.latest(group).ifPresent(previous -> {
            if (!body.heldOn().isAfter(previous.heldOn)) {
                throw ProblemException.invalid("heldOn", "must be after the group's latest meeting (" + previous.heldOn
                        + ", " + previous.id + "): meetings of a group follow each other");
            }
        });
        Instant now = clock.now();
        Meeting m = new Meeting();
        m.created(now);
        m.meetingGroup = group;
        m.heldOn = body.heldOn();
        m.organisations = organisations.toArray(String[]::new);
        m.minutesUrl = Text.blankToNull(body.minutesUrl());
        m.inspectionIds = inspectionIds.toArray(UUID[]::new);
        m.createdBy = caller.subject();
        meetings.persist(m);
        meetings.flush();
        return new Versioned<>(view(m), m.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<MeetingView> get(UUID id) {
        Meeting m = meetings.require(id);
        return new Versioned<>(view(m), m.version);
    }

    /** The latest meeting of any group held on or before {@code day}, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MeetingView> latestHeldBy(LocalDate day) {
        return meetings.latestHeldBy(day).map(this::view);
    }

    /** A page of meetings, latest first (by date, then id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingPage page(TimelinePaging paging) {
        int limit = paging.pageSize();
        String[] after = PageCut.after(paging.cursor(), 2, keys -> new String[] {
            LocalDate.parse(keys.get(0)).toString(), UUID.fromString(keys.get(1)).toString()});
        List<Meeting> rows = after == null
                ? meetings.find("order by heldOn desc, id desc").range(0, limit).list()
                : meetings.find("heldOn < ?1 or (heldOn = ?1 and id < ?2) order by heldOn desc, id desc",
                        LocalDate.parse(after[0]), UUID.fromString(after[1])).range(0, limit).list();
        PageCut<MeetingView> page = PageCut.of(rows.stream().map(this::view).toList(), limit,
                v -> new Object[] {v.heldOn().toString(), v.id().toString()});
        return new MeetingPage(page.items(), page.nextCursor());
    }

    MeetingView view(Meeting m) {
        UUID previous = meetings.previous(m).map(p -> p.id).orElse(null);
        return new MeetingView(m.id, m.meetingGroup, m.heldOn, Arrays.asList(m.organisations), m.minutesUrl,
                Arrays.asList(m.inspectionIds), previous, m.createdBy, m.createdAt);
    }

    private static List<String> organisations(List<String> given) {
        List<String> cleaned = given.stream().map(String::strip).toList();
        List<Problem.FieldError> errors = Text.repeats(cleaned, "organisations", "repeats an organisation");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return cleaned;
    }

    private void checkInspections(List<UUID> ids) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            if (inspections.findByIdOptional(ids.get(k)).isEmpty()) {
                errors.add(new Problem.FieldError("inspectionIds[" + k + "]", "no inspection " + ids.get(k)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
