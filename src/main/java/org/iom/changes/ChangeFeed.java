package org.iom.changes;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.iom.changes.ChangeViews.ChangeEvent;
import org.iom.changes.ChangeViews.ChangePage;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.common.db.Database;

/**
 * Reading the change feed (ADR 0038): pages in commit order, and the long poll that waits for the next commit
 * without holding a thread or a connection ({@link ChangeNotifier}).
 */
@ApplicationScoped
public class ChangeFeed {

    /** Entries read per statement when the caller sees only some (a practitioner): bounded work per request. */
    static final int SCAN = 1000;
    /** Statements per request at most; the answer's cursor then moves past what the caller may not see. */
    static final int ROUNDS = 5;

    @Inject Database database;
    @Inject ChangeQuery query;
    @Inject ChangeNotifier notifier;

    /** The page after {@code after}, waiting up to {@code wait} for one when there is nothing yet. */
    public Uni<ChangePage> poll(FeedScope scope, ChangeCursor after, int limit, Duration wait) {
        return poll(scope, after, after != ChangeCursor.START, limit, System.nanoTime() + wait.toNanos());
    }

    private Uni<ChangePage> poll(FeedScope scope, ChangeCursor after, boolean resumed, int limit, long deadline) {
        long generation = notifier.generation();
        Page page = read(scope, after, resumed, limit);
        long left = deadline - System.nanoTime();
        if (!page.items().isEmpty() || left <= 0) {
            return Uni.createFrom().item(page.view());
        }
        CompletableFuture<Void> waiter = notifier.after(generation);
        return Uni.createFrom().completionStage(waiter)
                .ifNoItem().after(Duration.ofNanos(left)).recoverWithItem(() -> null)
                .onTermination().invoke(() -> notifier.forget(waiter))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .chain(woken -> poll(scope, page.next(), true, limit, deadline));
    }

    /**
     * At most {@code limit} entries the caller may see after {@code after}, and where to go on from. A resumed
     * cursor before the horizon (entries after it were purged) is 410.
     */
    Page read(FeedScope scope, ChangeCursor after, boolean resumed, int limit) {
        int scan = scope.filters() ? Math.max(limit, SCAN) : limit;
        List<ChangeEvent> items = new ArrayList<>();
        ChangeCursor at = after;
        for (int round = 0; round < ROUNDS; round++) {
            ChangeCursor from = at;
            Scan rows = database.inTransaction(h -> new Scan(query.after(h, from, scan), query.horizon(h)));
            if ((resumed || round > 0) && from.compareTo(rows.horizon()) < 0) {
                throw expired();
            }
            for (ChangeRow row : rows.rows()) {
                at = row.cursor();
                if (scope.shows(row)) {
                    items.add(ChangeEvents.of(row));
                    if (items.size() == limit) {
                        return new Page(items, at);
                    }
                }
            }
            if (rows.rows().size() < scan) {
                // At the head: a position before the horizon (a first read of a purged feed) would answer 410 later.
                return new Page(items, at.compareTo(rows.horizon()) < 0 ? rows.horizon() : at);
            }
        }
        return new Page(items, at);
    }

    private static ProblemException expired() {
        return new ProblemException(ProblemType.GONE, "Changes after this cursor have been purged (the feed keeps "
                + "them for a limited time, iom.changes.retention): resynchronise from the lists (GET /v1/schemes, "
                + "/v1/cases, /v1/recommendations), then follow the feed again from a new cursor.");
    }

    record Scan(List<ChangeRow> rows, ChangeCursor horizon) {}

    record Page(List<ChangeEvent> items, ChangeCursor next) {
        ChangePage view() {
            return new ChangePage(items, next.encode());
        }
    }
}
