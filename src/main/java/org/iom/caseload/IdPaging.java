package org.iom.caseload;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.iom.common.Paging;
import org.iom.common.ProblemException;

/** Keyset paging by id (UUID v7, so creation order), as the case and outcome review lists page. */
final class IdPaging {

    private IdPaging() {}

    /** The id the page starts after, from the client's cursor; null for the first page; 400 for a foreign cursor. */
    static UUID after(String cursor) {
        List<String> after = Paging.decodeCursor(cursor, 1);
        try {
            return after == null ? null : UUID.fromString(after.get(0));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
    }

    /** A page of at most {@code limit} items from {@code rows} (at most limit + 1 read), and the cursor of the next. */
    static <T> Slice<T> slice(List<T> rows, int limit, Function<T, UUID> id) {
        List<T> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? Paging.encodeCursor(id.apply(items.get(items.size() - 1))) : null;
        return new Slice<>(items, next);
    }

    record Slice<T>(List<T> items, String nextCursor) {}
}
