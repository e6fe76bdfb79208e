package org.iom.inspection;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.iom.common.AppClock;

/** A clock stopped at a given instant; install with {@link #at}. */
class FixedClock extends AppClock {

    private final Instant now;

    FixedClock(Instant now) {
        this.now = now;
    }

    @Override
    public Instant now() {
        return now;
    }

    /** Stops the application's clock at noon (UK) of the given date. */
    static void at(LocalDate date) {
        at(date.atTime(LocalTime.NOON).atZone(UK).toInstant());
    }

    static void at(Instant instant) {
        QuarkusMock.installMockForType(new FixedClock(instant), AppClock.class);
    }
}
