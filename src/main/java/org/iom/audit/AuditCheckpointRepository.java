package org.iom.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/** The SQL of sealing and verifying the access log (ADR 0032): checkpoints, the covered entries, the horizon. */
@ApplicationScoped
public class AuditCheckpointRepository {

    /** One access-log row as it is sealed: every column, {@code roles} as stored. */
    record Entry(long id, Instant occurredAt, String actor, String client, String roles, String action, UUID caseId,
            UUID schemeId, String recipient, String reason, String requestId) {}

    /** The last id handed out by the log's sequence (0 when none yet) and the database's time just after. */
    record Horizon(long lastId, Instant at) {}

    /** Advisory lock key of sealing: one sealer at a time across every instance. */
    private static final long SEAL_LOCK = 0x10_6A_0D_17_5EA1L;

    Horizon horizon(Handle h) {
        long lastId = h.createQuery("select case when is_called then last_value else 0 end from audit_event_seq")
                .mapTo(Long.class).one();
        Instant at = h.createQuery("select clock_timestamp()").mapTo(Instant.class).one();
        return new Horizon(lastId, at);
    }

    /**
     * Whether every transaction of the service that began at or before {@code at} has ended: then every entry whose id
     * the sequence handed out before {@code at} is committed or will never exist. (Sessions of other roles show no
     * transaction start; they do not write the log.)
     */
    boolean settled(Handle h, Instant at) {
        return h.createQuery("""
                select not exists (select 1 from pg_stat_activity
                                   where datname = current_database() and pid <> pg_backend_pid() and xact_start <= :at)""")
                .bind("at", at).mapTo(Boolean.class).one();
    }

    boolean tryLock(Handle h) {
        return h.createQuery("select pg_try_advisory_xact_lock(:key)").bind("key", SEAL_LOCK).mapTo(Boolean.class).one();
    }

    Optional<AuditCheckpoint> last(Handle h) {
        return h.createQuery("""
                select seq, after_event_id, last_event_id, entries, sealed_at, mac
                from audit_checkpoint order by seq desc limit 1""").mapTo(AuditCheckpoint.class).findOne();
    }

    List<AuditCheckpoint> all(Handle h) {
        return h.createQuery("""
                select seq, after_event_id, last_event_id, entries, sealed_at, mac
                from audit_checkpoint order by seq""").mapTo(AuditCheckpoint.class).list();
    }

    /** The entries with {@code after < id <= last}, in id order, at most {@code limit}, each given to {@code sink}. */
    void entries(Handle h, long after, long last, int limit, Consumer<Entry> sink) {
        h.createQuery("""
                select id, occurred_at, actor, client, roles, action, case_id, scheme_id, recipient, reason, request_id
                from audit_event where id > :after and id <= :last order by id limit :limit""")
                .bind("after", after).bind("last", last).bind("limit", limit)
                .setFetchSize(1000)
                .mapTo(Entry.class)
                .useStream(s -> s.forEach(sink));
    }

    long countAfter(Handle h, long after) {
        return h.createQuery("select count(*) from audit_event where id > :after").bind("after", after)
                .mapTo(Long.class).one();
    }

    void insert(Handle h, AuditCheckpoint c) {
        h.createUpdate("""
                insert into audit_checkpoint (seq, after_event_id, last_event_id, entries, sealed_at, mac)
                values (:seq, :afterEventId, :lastEventId, :entries, :sealedAt, :mac)""")
                .bind("seq", c.seq()).bind("afterEventId", c.afterEventId()).bind("lastEventId", c.lastEventId())
                .bind("entries", c.entries()).bind("sealedAt", c.sealedAt()).bind("mac", c.mac())
                .execute();
    }
}
