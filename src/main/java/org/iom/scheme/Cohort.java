package org.iom.scheme;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cohorts of the refreshed IOM model (2020/21). */
@Schema(name = "Cohort")
public enum Cohort {
    FIXED, FLEX, FREE;

    /** The cohorts named, in their order (empty names skipped): how a scheme's cohorts are shown. */
    static List<Cohort> sorted(String... names) {
        return Arrays.stream(names).filter(n -> !n.isEmpty()).map(Cohort::valueOf).sorted().toList();
    }
}
