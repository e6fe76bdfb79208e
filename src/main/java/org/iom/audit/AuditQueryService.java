package org.iom.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iom.common.Paging;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.jdbi.v3.core.Handle;

/** Reads the access log (newest first, keyset paged). The log itself is written by {@code AccessLog}. */
@ApplicationScoped
public class AuditQueryService {

    @Inject Database database;
    @Inject AuditEventQuery query;

    /**
     * The entries about these cases, newest first, at most {@code limit} + 1 (the last tells there were more), on
     * {@code h}: in the transaction of a subject access answer (s45), which logs its own disclosure after reading.
     */
    public List<AuditEventView> aboutCases(Handle h, List<UUID> caseIds, int limit) {
        return query.aboutCases(h, caseIds, limit);
    }

    public AuditEventPage find(AuditEventFilter filter) {
        AuditEventQuery.After after = after(filter.cursor());
        int limit = filter.limit();
        List<AuditEventView> rows = database.inTransaction(h -> query.page(h, filter, after, limit));
        List<AuditEventView> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit
                ? Paging.encodeCursor(items.get(limit - 1).occurredAt(), items.get(limit - 1).id()) : null;
        return new AuditEventPage(items, next);
    }

    private static AuditEventQuery.After after(String cursor) {
        List<String> keys = Paging.decodeCursor(cursor, 2);
        if (keys == null) {
            return null;
        }
        try {
            return new AuditEventQuery.After(Instant.parse(keys.get(0)), Long.parseLong(keys.get(1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
    }
}
