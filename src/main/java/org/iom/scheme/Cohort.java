package org.iom.scheme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cohorts of the refreshed IOM model (2020/21). */
@Schema(name = "Cohort", description = "FIXED: the national core (neighbourhood crime); FLEX: locally chosen priorities "
        + "(e.g. domestic abuse, serious violence); FREE: local discretion", example = "FIXED")
public enum Cohort {
    FIXED, FLEX, FREE
}
