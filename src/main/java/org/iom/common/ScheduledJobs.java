package org.iom.common;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import java.time.Duration;

/** The one way a feature schedules a background job (ADR 0030): from its {@code @ConfigMapping}, in code. */
public final class ScheduledJobs {

    private ScheduledJobs() {}

    /**
     * Runs {@code task} every {@code every} on this instance, the first time one interval after start, never
     * overlapping itself here (a slow run is skipped, not doubled). Other instances run their own: the job must be
     * safe for that.
     */
    public static void every(Scheduler scheduler, String name, Duration every, Runnable task) {
        scheduler.newJob(name)
                .setInterval(every.toString())
                .setDelayed(every.toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> task.run())
                .schedule();
    }
}
