package org.iom.inspection;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.iom.common.Paging;
import org.iom.common.ProblemException;

/**
 * A page cut from the {@code limit} + 1 rows a keyset query returns: the first {@code limit}, and the cursor after
 * the last of them when there are more.
 */
record PageCut<T>(List<T> items, String nextCursor) {

    static <T> PageCut<T> of(List<T> rows, int limit, Function<T, Object[]> sortKey) {
        if (rows.size() <= limit) {
            return new PageCut<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new PageCut<>(items, Paging.encodeCursor(sortKey.apply(items.get(limit - 1))));
    }

    /** The id after which a page ordered by id starts, from its cursor (null: the first page). */
    static UUID afterId(String cursor) {
        return after(cursor, 1, keys -> UUID.fromString(keys.get(0)));
    }

    /** The sort key a cursor of {@code size} keys carries, read by {@code parse} (null: the first page; else a 400). */
    static <K> K after(String cursor, int size, Function<List<String>, K> parse) {
        List<String> keys = Paging.decodeCursor(cursor, size);
        if (keys == null) {
            return null;
        }
        try {
            return parse.apply(keys);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
    }

    /** The page size of a list query: its {@code limit}, or the default when it is not given. */
    static int size(Integer limit) {
        return limit == null ? Paging.DEFAULT_LIMIT : limit;
    }
}
