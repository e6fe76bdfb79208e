package org.iom.inspection;

import java.time.Instant;
import java.time.LocalDate;
import org.iom.common.AppClock;

/**
 * The tracker's rules for the derived fields of a recommendation (ADR 0013), computed in SQL at read time for
 * today's UK date ({@link RegisterQuery#DERIVED}), so that filters on them apply before paging and lists, single views,
 * CSV and the summary always agree. The day counts below are the only place they are written; the SQL binds them.
 *
 * <ul>
 * <li>overdue: not closed, has a target date, and the target date is before today (due today is not overdue);</li>
 * <li>daysOverdue: today - targetDate when overdue, else 0;</li>
 * <li>rag (null when closed): RED when overdue, when an OPEN action is past its due date (ADR 0039), or the target
 * date was revised more than
 * {@link #REVISIONS_BEFORE_RED} times; else AMBER when the target date is today or within {@link #DUE_SOON_DAYS}
 * days after today, or the last update is {@link #STALE_DAYS} or more days before today (its UK date); else
 * GREEN;</li>
 * <li>stale: not closed and no update for {@link #STALE_DAYS} days or more (same rule as AMBER's);</li>
 * <li>responseDue: publishedOn + {@link #RESPONSE_DAYS} days; responseLate: no response and today is after
 * responseDue, or the response is dated after responseDue.</li>
 * </ul>
 */
public final class RegisterRules {

    /** A response is due this many days after publication. */
    public static final int RESPONSE_DAYS = 56;
    /** A target date within this many days (today included) is due soon: AMBER, and the summary's dueIn30Days. */
    public static final int DUE_SOON_DAYS = 30;
    /** The summary's longer horizon (dueIn90Days). */
    public static final int DUE_LATER_DAYS = 90;
    /** No update for this many days or more makes a recommendation stale (and AMBER). */
    public static final int STALE_DAYS = 90;
    /** More target-date revisions than this make a recommendation RED. */
    public static final int REVISIONS_BEFORE_RED = 1;

    private RegisterRules() {}

    /** Today (UK) and the instant before which a last update makes a recommendation stale. */
    record AsOf(LocalDate today, Instant staleBefore) {

        static AsOf of(LocalDate today) {
            // Stale when the UK date of the last update is STALE_DAYS or more before today, i.e. it happened before
            // the start of the day (STALE_DAYS - 1) days ago.
            return new AsOf(today, today.minusDays(STALE_DAYS - 1).atStartOfDay(AppClock.UK).toInstant());
        }
    }
}
