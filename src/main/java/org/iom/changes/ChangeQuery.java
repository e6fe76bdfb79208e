package org.iom.changes;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The SQL of the change feed (ADR 0038; the entries are written by triggers, V15__change_feed.sql). */
@ApplicationScoped
public class ChangeQuery {

    /**
     * The next {@code limit} entries after {@code after}, in commit order. Only committed transactions have a
     * commit number, and they become visible in its order, so no entry can later appear before the last one read.
     */
    List<ChangeRow> after(Handle h, ChangeCursor after, int limit) {
        return h.createQuery("""
                select t.commit_seq, e.seq, e.resource, e.action, e.resource_id, e.parent_id,
                       s.code as scheme_code, e.version, t.committed_at
                from change_transaction t
                join change_entry e on e.xid = t.xid
                left join scheme s on s.id = e.scheme_id and e.resource = 'case'
                where t.commit_seq >= :commitSeq and (t.commit_seq > :commitSeq or e.seq > :seq)
                order by t.commit_seq, e.seq
                limit :limit""")
                .bind("commitSeq", after.commitSeq()).bind("seq", after.seq()).bind("limit", limit)
                .mapTo(ChangeRow.class).list();
    }

    /** The last entry purged: a cursor before it has missed entries. */
    ChangeCursor horizon(Handle h) {
        return h.createQuery("select commit_seq, seq from change_feed_horizon").mapTo(ChangeCursor.class).one();
    }

    /**
     * Deletes the oldest committed transactions (at most {@code limit}) that committed before {@code before}, with
     * their entries, and moves the horizon to the last entry deleted. Returns how many transactions it deleted; 0
     * also when another instance holds the purge lock (it goes on with the purge).
     */
    int purgeBatch(Handle h, Instant before, int limit) {
        return h.createQuery("""
                with purge_lock as (
                    select pg_try_advisory_xact_lock(hashtextextended('change_feed:purge', 0)) as held),
                doomed as (
                    select t.xid from change_transaction t, purge_lock
                    where purge_lock.held and t.committed_at < :before
                    order by t.commit_seq
                    limit :limit),
                transactions as (
                    delete from change_transaction t using doomed d where t.xid = d.xid returning t.xid, t.commit_seq),
                entries as (
                    delete from change_entry e using doomed d where e.xid = d.xid returning e.xid, e.seq),
                horizon as (
                    update change_feed_horizon h set commit_seq = last.commit_seq, seq = last.seq
                    from (select t.commit_seq, e.seq from entries e join transactions t on t.xid = e.xid
                          order by t.commit_seq desc, e.seq desc limit 1) last)
                select count(*) from transactions""")
                .bind("before", before).bind("limit", limit).mapTo(Integer.class).one();
    }
}
