package org.iom.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.iom.common.DaemonThread;
import org.iom.common.db.Database;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.argument.Argument;

/**
 * The access log's group commit (ADR 0043): reads that must log before they answer hand their entries to one writer
 * thread, which takes every entry pending, inserts them with ONE statement in auto-commit (so one commit) and then
 * releases their requests. Concurrent reads share a commit instead of paying one each; a lone read waits for its own.
 * A request answers only once its entries are committed: when the commit fails, or does not come within
 * {@code iom.audit.group-commit.timeout}, it gets {@link NotCommitted} (503) and discloses nothing. An entry whose
 * request gave up before the writer took it is never written.
 */
@ApplicationScoped
public class AccessLogGroupCommit {

    private static final Logger LOG = Logger.getLogger(AccessLogGroupCommit.class);

    /** One access-log row, as {@code audit_event} holds it (its id comes from the sequence when it is inserted). */
    public record Entry(Instant occurredAt, String actor, String client, String roles, AuditAction action, UUID caseId,
            UUID schemeId, String recipient, String reason, String requestId) {}

    /** The entries could not be committed (or not in time): the request answers 503 and shows nothing. */
    public static final class NotCommitted extends RuntimeException {
        NotCommitted(String message, Throwable cause) {
            // The cause chain carries a connection-class SQLException, which the problem mapper answers with 503.
            super(message, new SQLTransientConnectionException(message, "08006", cause));
        }
    }

    private static final String INSERT = """
            insert into audit_event (id, occurred_at, actor, client, roles, action, case_id, scheme_id, recipient, reason,
                                     request_id)
            select nextval('audit_event_seq'), t.occurred_at, t.actor, t.client, t.roles, t.action, t.case_id,
                   t.scheme_id, t.recipient, t.reason, t.request_id
            from unnest(cast(:at as timestamptz[]), :actor, :client, :roles, :action, :caseId, :schemeId, :recipient,
                        :reason, :requestId)
                 with ordinality as t(occurred_at, actor, client, roles, action, case_id, scheme_id, recipient, reason,
                                      request_id, n)
            order by t.n""";

    @Inject Database database;
    @Inject AccessLogGroupCommitConfig config;

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final DaemonThread writer = new DaemonThread("access-log-group-commit", this::writeLoop);

    void start(@Observes StartupEvent event) {
        writer.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        writer.finish(config.timeout());
        for (Pending p; (p = queue.poll()) != null; ) {
            p.fail(new IllegalStateException("the service is stopping"));
        }
    }

    /**
     * Returns once {@code entries} are committed, in order, together with those of other requests waiting at the
     * same time; throws {@link NotCommitted} when they are not (a failed commit, a timeout, a stopping service).
     */
    public void commit(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Pending p = new Pending(entries);
        if (!writer.running()) {
            throw new NotCommitted("Access log not committed: the service is stopping", null);
        }
        queue.add(p);
        try {
            p.done.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            p.abandon();
            throw new NotCommitted("Access log not committed within " + config.timeout(), e);
        } catch (ExecutionException e) {
            throw new NotCommitted("Access log not committed: its shared commit failed", e.getCause());
        } catch (InterruptedException e) {
            p.abandon();
            Thread.currentThread().interrupt();
            throw new NotCommitted("Access log not committed: interrupted", e);
        }
    }

    private void writeLoop() {
        while (writer.running()) {
            try {
                List<Pending> batch = nextBatch();
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("Access-log group commit: unexpected failure, carrying on", e);
            }
        }
    }

    /** Every pending request the writer can take now (at least one; waits up to a second for it), up to the limit. */
    private List<Pending> nextBatch() throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        Pending p = queue.poll(1, TimeUnit.SECONDS);
        int entries = 0;
        while (p != null) {
            if (p.take()) {
                batch.add(p);
                entries += p.entries.size();
            }
            p = entries < config.maxEntries() ? queue.poll() : null;
        }
        return batch;
    }

    private void write(List<Pending> batch) {
        try {
            Columns c = new Columns(batch);
            database.inAutoCommit(h -> h.createUpdate(INSERT)
                    .bind("at", array("varchar", c.at))
                    .bind("actor", array("varchar", c.actor))
                    .bind("client", array("varchar", c.client))
                    .bind("roles", array("varchar", c.roles))
                    .bind("action", array("varchar", c.action))
                    .bind("caseId", array("uuid", c.caseId))
                    .bind("schemeId", array("uuid", c.schemeId))
                    .bind("recipient", array("varchar", c.recipient))
                    .bind("reason", array("varchar", c.reason))
                    .bind("requestId", array("varchar", c.requestId))
                    .execute());
        } catch (RuntimeException | Error e) {
            LOG.warnf("Access log: a group commit of %d request(s) failed, each answers 503: %s", batch.size(),
                    rootMessage(e));
            batch.forEach(p -> p.fail(e));
            return;
        }
        batch.forEach(Pending::committed);
    }

    /**
     * One SQL array of {@code values}, bound as it is: Jdbi resolves no argument factory for a ready {@link Argument}
     * (that search, per statement and per type, cost the writer about a third of its CPU: issue #25's profile).
     */
    private static Argument array(String elementType, Object[] values) {
        return (position, statement, ctx) -> {
            Array array = statement.getConnection().createArrayOf(elementType, values);
            ctx.addCleanable(array::free);
            statement.setArray(position, array);
        };
    }

    /** The batch's entries as the statement's ten columns, in queue order, filled in one pass. */
    private static final class Columns {
        final String[] at;
        final String[] actor;
        final String[] client;
        final String[] roles;
        final String[] action;
        final UUID[] caseId;
        final UUID[] schemeId;
        final String[] recipient;
        final String[] reason;
        final String[] requestId;

        Columns(List<Pending> batch) {
            int n = 0;
            for (Pending p : batch) {
                n += p.entries.size();
            }
            at = new String[n];
            actor = new String[n];
            client = new String[n];
            roles = new String[n];
            action = new String[n];
            caseId = new UUID[n];
            schemeId = new UUID[n];
            recipient = new String[n];
            reason = new String[n];
            requestId = new String[n];
            int i = 0;
            for (Pending p : batch) {
                for (Entry e : p.entries) {
                    at[i] = e.occurredAt().toString();
                    actor[i] = e.actor();
                    client[i] = e.client();
                    roles[i] = e.roles();
                    action[i] = e.action().name();
                    caseId[i] = e.caseId();
                    schemeId[i] = e.schemeId();
                    recipient[i] = e.recipient();
                    reason[i] = e.reason();
                    requestId[i] = e.requestId();
                    i++;
                }
            }
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    /** One request's entries and what became of them. */
    private static final class Pending {
        private static final int QUEUED = 0;
        private static final int TAKEN = 1;
        private static final int ABANDONED = 2;

        final List<Entry> entries;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(QUEUED);

        Pending(List<Entry> entries) {
            this.entries = List.copyOf(entries);
        }

        /** The writer takes it, unless its request has given up. */
        boolean take() {
            return state.compareAndSet(QUEUED, TAKEN);
        }

        /** Its request gives up: not written if the writer has not taken it yet (else it may still commit). */
        void abandon() {
            state.compareAndSet(QUEUED, ABANDONED);
        }

        void committed() {
            done.complete(null);
        }

        void fail(Throwable t) {
            done.completeExceptionally(t);
        }
    }
}
