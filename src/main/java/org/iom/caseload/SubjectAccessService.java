package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.iom.audit.AccessLog;
import org.iom.audit.AuditAction;
import org.iom.audit.AuditEventView;
import org.iom.audit.AuditQueryService;
import org.iom.common.AppClock;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;

/**
 * Subject access (DPA 2018 s45, ADR 0036): everything held about the person with a CRN, read in one transaction that
 * also logs a DISCLOSURE of each case to the data subject (the auditor answers the request on the controller's
 * behalf). A CRN with no case held is a 404 problem, and nothing is logged.
 */
@ApplicationScoped
public class SubjectAccessService {

    /** The recipient the access log names for a subject access disclosure. */
    static final String RECIPIENT = "the data subject (DPA 2018 s45 subject access)";
    static final int MAX_LOG_ENTRIES = 10_000;
    private static final int MAX_PER_CASE = 10_000;

    @Inject Database database;
    @Inject CaseQuery cases;
    @Inject NeedsQuery needs;
    @Inject OutcomeReviewQuery outcomes;
    @Inject RetentionQuery retention;
    @Inject CaseHistoryService history;
    @Inject AuditQueryService audit;
    @Inject AccessLog accessLog;
    @Inject AppClock clock;

    public SubjectAccessReport report(String crn) {
        return database.inTransaction(h -> {
            List<CaseView> held = cases.ofPerson(h, crn, clock.today());
            if (held.isEmpty()) {
                throw ProblemException.notFound("Person with CRN", crn);
            }
            List<UUID> ids = held.stream().map(CaseView::id).toList();
            List<RetentionReviewView> decisions = retention.reviewsOf(h, ids);
            List<SubjectAccessReport.SubjectCase> subjectCases = held.stream()
                    .map(c -> new SubjectAccessReport.SubjectCase(c, needs.history(h, c.id()),
                            outcomes.page(h, c.id(), null, MAX_PER_CASE),
                            decisions.stream().filter(r -> r.caseId().equals(c.id())).toList(),
                            history.of(h, c.id(), MAX_PER_CASE)))
                    .toList();
            List<AuditEventView> log = audit.aboutCases(h, ids, MAX_LOG_ENTRIES);
            boolean truncated = log.size() > MAX_LOG_ENTRIES;
            accessLog.record(h, AuditAction.DISCLOSURE,
                    held.stream().map(c -> new AccessLog.Subject(c.id(), c.schemeId())).toList(), RECIPIENT);
            return new SubjectAccessReport(crn, clock.now(), subjectCases,
                    truncated ? log.subList(0, MAX_LOG_ENTRIES) : log, truncated);
        });
    }
}
