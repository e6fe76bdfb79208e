package org.iom.common;

/** A page of a keyset-paged list: {@link Paging#page} links its next page from its cursor (null on the last page). */
public interface CursorPage {

    String nextCursor();
}
