package org.iom.caseload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;

/** Retention review of exited cases and bulk erasure jobs ({@code iom.retention.*}, ADR 0036). */
@ConfigMapping(prefix = "iom.retention")
public interface RetentionConfig {

    /** An exited case's first retention review falls this long after its exit date (MoPI: normally six years). */
    @WithDefault("P6Y")
    Period reviewAfter();

    /** How often each instance looks for bulk erasure jobs with cases left to erase (a new job also starts at once). */
    @WithDefault("PT10S")
    Duration erasureJobsEvery();
}
