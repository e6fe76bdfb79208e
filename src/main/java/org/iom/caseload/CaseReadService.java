package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iom.audit.AccessLog;
import org.iom.audit.AuditAction;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.iom.common.db.Where;

/**
 * Reading cases: one case, and pages of the cases the caller may see, on the read layer, not JTA and Hibernate (ADR
 * 0024: these are the service's hottest reads). A page is read and logged by one statement in a local transaction (ADR
 * 0027); one case is read in auto-commit and logged by the access log's group commit (ADR 0043).
 */
@ApplicationScoped
public class CaseReadService {

    @Inject CaseQuery query;
    @Inject Database database;
    @Inject CaseAccess access;
    @Inject AccessLog accessLog;
    @Inject AppClock clock;

    /**
     * The case, once its consultation is logged and committed: read by one statement in auto-commit, then logged by
     * the access log's group commit, shared with concurrent reads (ADR 0043). Nothing is logged when the case is not
     * found; nothing is answered but a 503 when the entry is not committed.
     */
    public CaseView get(UUID id) {
        CaseScope scope = access.scope();
        LocalDate today = clock.today();
        CaseView view = database.inAutoCommit(h -> query.findView(h, id, scope, today))
                .orElseThrow(() -> CaseAccess.notFound(id));
        accessLog.recordCommitted(AuditAction.CONSULTATION, List.of(new AccessLog.Subject(view.id(), view.schemeId())));
        return view;
    }

    /** A page of the cases the caller may see, filtered; every case on it is logged as consulted. */
    public CasePage list(CaseListQuery q) {
        CaseSort sort = CaseSort.of(q.sort());
        CaseSort.Position after = sort.position(q.cursor());
        LocalDate today = clock.today();
        Where where = CaseQuery.where(q, access.scope(), today);
        return database.inTransaction(h -> {
            Long total = q.includeTotal() ? query.count(h, where) : null;
            List<CaseView> rows = query.pageLogged(h, where, sort, after, q.limit(), today, accessLog);
            List<CaseView> items = rows.size() > q.limit() ? rows.subList(0, q.limit()) : rows;
            String next = rows.size() > q.limit() ? sort.cursorAfter(items.get(items.size() - 1)) : null;
            return new CasePage(items, next, total);
        });
    }
}
