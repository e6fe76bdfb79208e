package org.iom.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.iom.security.Caller;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The DPA 2018 Part 3 s62 access log: who (token subject, client, roles) did what (collection, alteration,
 * consultation, disclosure...) to which case of which scheme, when, with the optional reason and the request id.
 * Entries are written in the caller's transaction, so a logged action and its log entry commit or fail together; the
 * table rejects updates and deletes. A page of N cases is logged with ONE insert statement.
 */
@ApplicationScoped
public class AccessLog {

    /** One case touched by an action. */
    public record Subject(UUID caseId, UUID schemeId) {}

    private static final String INSERT = """
            insert into audit_event (id, occurred_at, actor, client, roles, action, case_id, scheme_id, recipient, reason,
                                     request_id)
            select nextval('audit_event_seq'), :auditAt, :auditActor, :auditClient, :auditRoles, :auditAction, t.case_id,
                   t.scheme_id, :auditRecipient, :auditReason, :auditRequestId
            from\s""";

    @Inject Database database;
    @Inject Caller caller;
    @Inject AppClock clock;
    @Inject AccessLogGroupCommit groupCommit;
    /** The request's (a client proxy: read only while a request context is active, see {@link #why}). */
    @Inject AccessContext context;

    /** Logs one entry in the caller's JTA transaction (a {@code @Transactional} service). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, UUID caseId, UUID schemeId) {
        database.useTransaction(h -> record(h, action, List.of(new Subject(caseId, schemeId)), null));
    }

    /**
     * Logs one entry per subject, in order, outside any transaction, and returns once they are committed: the entries
     * of concurrent requests share one insert and one commit (ADR 0043). For reads that answer only after this returns;
     * throws {@link AccessLogGroupCommit.NotCommitted} (503) when the entries are not committed, or not in time.
     */
    public void recordCommitted(AuditAction action, List<Subject> subjects) {
        Instant at = clock.now();
        String actor = truncate(caller.subject(), 200);
        String client = truncate(caller.client(), 200);
        String roles = truncate(String.join(",", caller.roles()), 500);
        Why why = why();
        List<AccessLogGroupCommit.Entry> entries = new ArrayList<>(subjects.size());
        for (Subject s : subjects) {
            entries.add(new AccessLogGroupCommit.Entry(at, actor, client, roles, action, s.caseId(), s.schemeId(), null,
                    why.reason(), why.requestId()));
        }
        groupCommit.commit(entries);
    }

    /**
     * Logs one entry per subject, in order, with a single statement, on {@code handle}: inside the transaction the
     * caller holds ({@link Database#inTransaction}), so the action and its log entries commit or fail together.
     * Nothing is written for an empty list.
     */
    public void record(Handle handle, AuditAction action, List<Subject> subjects, String recipient) {
        if (subjects.isEmpty()) {
            return;
        }
        UUID[] caseIds = new UUID[subjects.size()];
        UUID[] schemeIds = new UUID[subjects.size()];
        for (int i = 0; i < caseIds.length; i++) {
            caseIds[i] = subjects.get(i).caseId();
            schemeIds[i] = subjects.get(i).schemeId();
        }
        bind(handle.createUpdate(insertEach(
                "unnest(:auditCaseIds, :auditSchemeIds) with ordinality as t(case_id, scheme_id, n) order by t.n")),
                action, recipient)
                .bind("auditCaseIds", caseIds)
                .bind("auditSchemeIds", schemeIds)
                .execute();
    }

    /**
     * Logs one entry per row of {@code subjectsSql} (a query selecting {@code case_id, scheme_id}, with named
     * parameters {@code params}) with ONE insert ... select statement, however many rows it yields: for set-based
     * writes such as a bulk import, whose cases are never all held in memory. Returns the number of entries written.
     */
    public int recordEach(Handle handle, AuditAction action, String subjectsSql, Map<String, ?> params) {
        return bind(handle.createUpdate(insertEach("(" + subjectsSql + ") as t(case_id, scheme_id)")), action, null)
                .bindMap(params)
                .execute();
    }

    /**
     * The statement that logs one entry per row of {@code from} (what follows FROM: a source aliased {@code t} with
     * columns {@code case_id} and {@code scheme_id}, in the order wanted). A query of case data uses it as a
     * data-modifying {@code WITH} part, so that the read and its log entries are ONE statement: they cannot part, and
     * the hottest reads pay for one statement, not two. Bind its parameters with {@link #bind}.
     */
    public static String insertEach(String from) {
        return INSERT + from;
    }

    /** Binds who acted, when, how, for whom and why: the parameters of {@link #insertEach}. */
    public <S extends SqlStatement<S>> S bind(S statement, AuditAction action, String recipient) {
        Why why = why();
        return statement.bind("auditAt", clock.now())
                .bind("auditActor", truncate(caller.subject(), 200))
                .bind("auditClient", truncate(caller.client(), 200))
                .bind("auditRoles", truncate(String.join(",", caller.roles()), 500))
                .bind("auditAction", action.name())
                .bind("auditRecipient", truncate(recipient, 200))
                .bind("auditReason", why.reason())
                .bind("auditRequestId", why.requestId());
    }

    /** The request's id and the caller's stated reason (X-Request-Id, X-Access-Reason), when there is a request. */
    private record Why(String requestId, String reason) {}

    private Why why() {
        if (!Arc.container().requestContext().isActive()) {
            return new Why(null, null);
        }
        return new Why(context.requestId(), context.reason());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
