package org.iom.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The service's notion of now. Dates ("today", overdue, due within N days) are in UK local time. Tests replace this
 * bean (QuarkusMock) to move time around date boundaries.
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Now, to the microsecond: PostgreSQL keeps timestamps to the microsecond (rounding the rest), so a time the
     * service writes and answers (createdAt, updatedAt, ...) is the same time every later read shows.
     */
    public Instant now() {
        return clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), UK);
    }
}
