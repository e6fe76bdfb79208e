package org.iom.security;

import java.util.List;

/** The roles of the service, carried in the token's groups claim (see DESIGN.md and README). */
public final class Roles {

    /** Reference data and schemes; everything else too. */
    public static final String ADMIN = "iom-admin";
    /** Cases of the schemes listed in the token's {@code schemes} claim only. */
    public static final String PRACTITIONER = "iom-practitioner";
    /** Statistics only: never case-level data. */
    public static final String ANALYST = "iom-analyst";
    /** Inspections and recommendations. */
    public static final String INSPECTOR = "iom-inspector";
    /** National oversight group: tracking, updates, summaries, statistics, all cases. */
    public static final String OVERSIGHT = "iom-oversight";
    /** The DPA 2018 s62 access log. */
    public static final String AUDITOR = "iom-auditor";

    public static final List<String> ALL = List.of(ADMIN, PRACTITIONER, ANALYST, INSPECTOR, OVERSIGHT, AUDITOR);

    private Roles() {}
}
