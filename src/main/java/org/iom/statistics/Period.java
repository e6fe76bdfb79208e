package org.iom.statistics;

import java.time.LocalDate;
import org.iom.common.ProblemException;

/** Days from..to, both inclusive: the defaults and the cross-field rule of the statistics' periods. */
record Period(LocalDate from, LocalDate to) {

    /** A period ending on {@code to}; {@code from} defaults to a year before it (plus one day). */
    static Period ending(LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : to.minusYears(1).plusDays(1);
        if (start.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to (" + to + ")");
        }
        return new Period(start, to);
    }

    /** The {@code months} months up to and including {@code day}. */
    static Period monthsTo(LocalDate day, int months) {
        return new Period(day.minusMonths(months).plusDays(1), day);
    }
}
