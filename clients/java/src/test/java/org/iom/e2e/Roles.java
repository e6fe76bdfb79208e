package org.iom.e2e;

import java.util.List;

/** The six roles a token's {@code groups} claim can carry (the service's README, "Try it"; the contract's operations name them). */
final class Roles {

    static final String ADMIN = "iom-admin";
    static final String PRACTITIONER = "iom-practitioner";
    static final String ANALYST = "iom-analyst";
    static final String INSPECTOR = "iom-inspector";
    static final String OVERSIGHT = "iom-oversight";
    static final String AUDITOR = "iom-auditor";
    static final List<String> ALL = List.of(ADMIN, PRACTITIONER, ANALYST, INSPECTOR, OVERSIGHT, AUDITOR);

    private Roles() {}
}
