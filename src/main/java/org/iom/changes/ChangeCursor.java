package org.iom.changes;

import java.util.List;
import org.iom.common.Paging;
import org.iom.common.ProblemException;

/**
 * A position in the feed: the commit number of a transaction and an entry's number within the feed (ADR 0038).
 * Opaque to clients: base64url, marked so that another list's cursor is refused.
 */
record ChangeCursor(long commitSeq, long seq) implements Comparable<ChangeCursor> {

    static final ChangeCursor START = new ChangeCursor(0, 0);
    private static final String MARK = "changes";

    /** The cursor of {@code after}; {@link #START} when absent; a 400 naming {@code after} when not one of ours. */
    static ChangeCursor parse(String after) {
        if (after == null || after.isEmpty()) {
            return START;
        }
        try {
            List<String> keys = Paging.decodeCursor(after, 3);
            ChangeCursor c = new ChangeCursor(Long.parseLong(keys.get(1)), Long.parseLong(keys.get(2)));
            if (!MARK.equals(keys.get(0)) || c.commitSeq < 0 || c.seq < 0) {
                throw new IllegalArgumentException();
            }
            return c;
        } catch (ProblemException | IllegalArgumentException e) {
            throw ProblemException.invalid("after", "not a cursor of the change feed");
        }
    }

    String encode() {
        return Paging.encodeCursor(MARK, commitSeq, seq);
    }

    @Override
    public int compareTo(ChangeCursor o) {
        int c = Long.compare(commitSeq, o.commitSeq);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
