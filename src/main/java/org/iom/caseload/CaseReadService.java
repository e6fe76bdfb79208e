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

/**
 * Reading cases: one case, and pages of the cases the caller may see. Each runs in a local transaction of the read
 * layer, not JTA and Hibernate (ADR 0024: these are the service's hottest reads), with its access-log entries.
 */
@ApplicationScoped
public class CaseReadService {

    @Inject
    CaseQuery query;

    @Inject
    Database database;

    @Inject
    CaseAccess access;

    @Inject
    AccessLog accessLog;

    @Inject
    AppClock clock;

    /** The case, with its consultation logged in the same transaction. */
    public CaseView get(UUID id) {
        CaseScope scope = access.scope();
        LocalDate today = clock.today();
        return database.inTransaction(h -> {
            CaseView view = query.findView(h, id, scope, today).orElseThrow(() -> CaseAccess.notFound(id));
            accessLog.record(h, AuditAction.CONSULTATION, List.of(new AccessLog.Subject(view.id(), view.schemeId())), null);
            return view;
        });
    }

    /** A page of the cases the caller may see, filtered; every case on it is logged as consulted. */
    public CasePage list(CaseListQuery q) {
        UUID after = IdPaging.after(q.cursor());
        LocalDate today = clock.today();
        CaseQuery.Where where = CaseQuery.where(q, access.scope(), today);
        return database.inTransaction(h -> {
            Long total = q.includeTotal() ? query.count(h, where) : null;
            IdPaging.Slice<CaseView> page = IdPaging.slice(query.page(h, where, after, q.limit(), today), q.limit(),
                    CaseView::id);
            accessLog.record(h, AuditAction.CONSULTATION,
                    page.items().stream().map(v -> new AccessLog.Subject(v.id(), v.schemeId())).toList(), null);
            return new CasePage(page.items(), page.nextCursor(), total);
        });
    }
}
