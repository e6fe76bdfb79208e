package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
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
        CaseSort sort = CaseSort.of(q.sort());
        CaseSort.Position after = sort.position(q.cursor());
        LocalDate today = clock.today();
        CaseQuery.Where where = CaseQuery.where(q, access.scope(), today);
        return database.inTransaction(h -> {
            Long total = q.includeTotal() ? query.count(h, where) : null;
            List<CaseView> rows = query.pageLogged(h, where, sort, after, q.limit(), today, accessLog);
            List<CaseView> items = rows.size() > q.limit() ? rows.subList(0, q.limit()) : rows;
            String next = rows.size() > q.limit() ? sort.cursorAfter(items.get(items.size() - 1)) : null;
            return new CasePage(items, next, total);
        });
    }
}
