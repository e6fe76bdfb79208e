package org.iom.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.iom.common.AppClock;
import org.iom.common.SqlValues;
import org.iom.security.Caller;

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
            select nextval('audit_event_seq'), ?1, ?2, ?3, ?4, ?5, t.case_id, t.scheme_id, ?6, ?7, ?8
            from unnest(cast(?9 as uuid[]), cast(?10 as uuid[])) with ordinality as t(case_id, scheme_id, n)
            order by t.n""";

    /** The same statement for plain JDBC (positional {@code ?} in the same order). */
    private static final String INSERT_JDBC = INSERT.replaceAll("\\?\\d+", "?");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, UUID caseId, UUID schemeId) {
        record(action, List.of(new Subject(caseId, schemeId)), null);
    }

    /** Logs one entry per subject, in order, with a single statement. Nothing is written for an empty list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, List<Subject> subjects, String recipient) {
        if (subjects.isEmpty()) {
            return;
        }
        Entries entries = entries(action, subjects, recipient);
        NativeQuery<?> insert = em.createNativeQuery(INSERT).unwrap(NativeQuery.class);
        insert.setParameter(1, entries.at());
        for (int i = 0; i < entries.texts().size(); i++) {
            insert.setParameter(i + 2, entries.texts().get(i), String.class);
        }
        insert.executeUpdate();
    }

    /**
     * Logs one entry per subject, in order, as {@link #record(AuditAction, List, String)} does, with plain JDBC on
     * {@code connection}: inside the local transaction the caller holds on it ({@link org.iom.common.LocalTransactions}),
     * so the action and its log entries commit or fail together there too. Nothing is written for an empty list.
     */
    public void record(Connection connection, AuditAction action, List<Subject> subjects) throws SQLException {
        if (subjects.isEmpty()) {
            return;
        }
        Entries entries = entries(action, subjects, null);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_JDBC)) {
            insert.setTimestamp(1, entries.at());
            for (int i = 0; i < entries.texts().size(); i++) {
                insert.setString(i + 2, entries.texts().get(i));
            }
            insert.executeUpdate();
        }
    }

    /** The parameters of {@link #INSERT}: ?1 the time, then ?2..?10 as text, in order (nulls allowed). */
    private record Entries(Timestamp at, List<String> texts) {}

    private Entries entries(AuditAction action, List<Subject> subjects, String recipient) {
        List<UUID> caseIds = new ArrayList<>(subjects.size());
        List<UUID> schemeIds = new ArrayList<>(subjects.size());
        for (Subject s : subjects) {
            caseIds.add(s.caseId());
            schemeIds.add(s.schemeId());
        }
        Why why = why();
        return new Entries(Timestamp.from(clock.now()), Arrays.asList(
                truncate(caller.subject(), 200),
                truncate(caller.client(), 200),
                truncate(String.join(",", caller.roles()), 500),
                action.name(),
                truncate(recipient, 200),
                why.reason(),
                why.requestId(),
                SqlValues.uuidArray(caseIds),
                SqlValues.uuidArray(schemeIds)));
    }

    /**
     * Logs one entry per row of {@code subjectsSql} (a query selecting {@code case_id, scheme_id}, with named
     * parameters {@code params}) with ONE insert ... select statement, however many rows it yields: for set-based
     * writes such as a bulk import, whose cases are never all held in memory. Returns the number of entries written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordEach(AuditAction action, String subjectsSql, java.util.Map<String, Object> params) {
        Why why = why();
        NativeQuery<?> query = em.createNativeQuery("""
                insert into audit_event (id, occurred_at, actor, client, roles, action, case_id, scheme_id, recipient,
                                         reason, request_id)
                select nextval('audit_event_seq'), :auditAt, :auditActor, :auditClient, :auditRoles, :auditAction,
                       t.case_id, t.scheme_id, null, :auditReason, :auditRequestId
                from (""" + subjectsSql + ") as t(case_id, scheme_id)").unwrap(NativeQuery.class);
        query.setParameter("auditAt", Timestamp.from(clock.now()))
                .setParameter("auditActor", truncate(caller.subject(), 200), String.class)
                .setParameter("auditClient", truncate(caller.client(), 200), String.class)
                .setParameter("auditRoles", truncate(String.join(",", caller.roles()), 500), String.class)
                .setParameter("auditAction", action.name(), String.class)
                .setParameter("auditReason", why.reason(), String.class)
                .setParameter("auditRequestId", why.requestId(), String.class);
        params.forEach(query::setParameter);
        return query.executeUpdate();
    }

    /** The request's id and the caller's stated reason (X-Request-Id, X-Access-Reason), when there is a request. */
    private record Why(String requestId, String reason) {}

    private static Why why() {
        if (!Arc.container().requestContext().isActive()) {
            return new Why(null, null);
        }
        AccessContext context = Arc.container().instance(AccessContext.class).get();
        return new Why(context.requestId(), context.reason());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
