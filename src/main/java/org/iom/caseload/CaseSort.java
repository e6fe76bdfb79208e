package org.iom.caseload;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.iom.common.Paging;
import org.iom.common.ProblemException;

/**
 * The order of a case list ({@code sort=}): by id (creation order, no {@code sort}), or by a worklist key, ascending or
 * descending ({@code -key}), then by id, so that keyset paging on (key, id) is stable. RAG and risk sort by severity;
 * a case with no review date sorts after every dated one. The key expressions are V14_1's index expressions.
 */
record CaseSort(String name, String key, String type, boolean descending, Function<CaseView, String> keyOf) {

    /** The values {@code sort} takes, for its pattern and messages. */
    static final String PATTERN = "^-?(nextReviewOn|rag|riskOfSeriousHarm|selectedOn)$";

    static final CaseSort BY_ID = new CaseSort(null, "c.id", "uuid", false, v -> v.id().toString());

    private static final List<CaseSort> KEYS = List.of(
            new CaseSort("nextReviewOn", "coalesce(c.next_review_on, 'infinity'::date)", "date", false,
                    v -> v.nextReviewOn() == null ? "infinity" : v.nextReviewOn().toString()),
            new CaseSort("rag", "(case c.rag when 'GREEN' then 1 when 'AMBER' then 2 else 3 end)", "integer", false,
                    v -> String.valueOf(3 - v.rag().ordinal())),
            new CaseSort("riskOfSeriousHarm", "(case c.risk_of_serious_harm when 'LOW' then 1 when 'MEDIUM' then 2 "
                    + "when 'HIGH' then 3 else 4 end)", "integer", false,
                    v -> String.valueOf(v.riskOfSeriousHarm().ordinal() + 1)),
            new CaseSort("selectedOn", "c.selected_on", "date", false, v -> v.selectedOn().toString()));

    /** The sort {@code sort} names (already checked against {@link #PATTERN}); by id when absent. */
    static CaseSort of(String sort) {
        if (sort == null || sort.isEmpty()) {
            return BY_ID;
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        CaseSort k = KEYS.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("sort", "must be one of nextReviewOn, rag, "
                        + "riskOfSeriousHarm, selectedOn, with - before it for descending order"));
        return new CaseSort(k.name, k.key, k.type, descending, k.keyOf);
    }

    /** The parameter as given ({@code -rag}), written into the cursor so that a cursor of another order is refused. */
    String param() {
        return (descending ? "-" : "") + name;
    }

    /** ORDER BY of the page's rows: the sort key as {@code keyColumn}, then {@code idColumn}. */
    String orderBy(String keyColumn, String idColumn) {
        String dir = descending ? " desc" : "";
        return name == null ? " order by " + idColumn : " order by " + keyColumn + dir + ", " + idColumn + dir;
    }

    /** The condition of a page after the cursor's position (bound as {@code afterKey} and {@code after}). */
    String after() {
        if (name == null) {
            return " and c.id > :after";
        }
        return " and (" + key + ", c.id) " + (descending ? "<" : ">") + " (cast(:afterKey as " + type + "), :after)";
    }

    /** Where the next page starts: null for the first page; 400 naming {@code cursor} for a cursor of another order. */
    Position position(String cursor) {
        if (name == null) {
            UUID after = IdPaging.after(cursor);
            return after == null ? null : new Position(null, after);
        }
        List<String> keys = Paging.decodeCursor(cursor, 3);
        if (keys == null) {
            return null;
        }
        if (!keys.get(0).equals(param())) {
            throw ProblemException.invalid("cursor", "not a cursor of this sort (sort=" + param() + ")");
        }
        try {
            checkKey(keys.get(1));
            return new Position(keys.get(1), UUID.fromString(keys.get(2)));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
    }

    /** A key of this sort as the SQL casts it: a date (or infinity) or a small whole number; else it throws. */
    private void checkKey(String value) {
        if (type.equals("integer")) {
            if (!value.matches("[1-4]")) {
                throw new IllegalArgumentException(value);
            }
        } else if (!value.equals("infinity")) {
            java.time.LocalDate.parse(value);
        }
    }

    /** The cursor of the page after {@code last}. */
    String cursorAfter(CaseView last) {
        return name == null ? Paging.encodeCursor(last.id()) : Paging.encodeCursor(param(), keyOf.apply(last), last.id());
    }

    /** A place in the order: the sort key (null when by id) and the id. */
    record Position(String key, UUID id) {}
}
