package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.iom.audit.AccessLog;
import org.iom.common.AppClock;
import org.iom.common.db.Database;

/**
 * Reading cases: one case, and pages of the cases the caller may see. Each runs in a local transaction of the read
 * layer, not JTA and Hibernate (ADR 0024: these are the service's hottest reads); the read and its access-log entries
 * are one statement (ADR 0027).
 */
@ApplicationScoped
public class CaseReadService {

    @Inject CaseQuery query;
    @Inject Database database;
    @Inject CaseAccess access;
    @Inject AccessLog accessLog;
    @Inject AppClock clock;

    /** The case, with its consultation logged in the same transaction. */
    public CaseView get(UUID id) {
        CaseScope scope = access.scope();
        LocalDate today = clock.today();
        return database.inTransaction(h -> query.findViewLogged(h, id, scope, today, accessLog))
                .orElseThrow(() -> CaseAccess.notFound(id));
    }

    /** A page of the cases the caller may see, filtered; every case on it is logged as consulted. */
    public CasePage list(CaseListQuery q) {
        UUID after = IdPaging.after(q.cursor());
        LocalDate today = clock.today();
        CaseQuery.Where where = CaseQuery.where(q, access.scope(), today);
        return database.inTransaction(h -> {
            Long total = q.includeTotal() ? query.count(h, where) : null;
            IdPaging.Slice<CaseView> page = IdPaging.slice(
                    query.pageLogged(h, where, after, q.limit(), today, accessLog), q.limit(), CaseView::id);
            return new CasePage(page.items(), page.nextCursor(), total);
        });
    }
}
