package org.iom.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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

    public Instant now() {
        return clock().instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), UK);
    }
}
