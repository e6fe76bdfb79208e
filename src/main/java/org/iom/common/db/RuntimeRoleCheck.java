package org.iom.common.db;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start, after the migrations: the service must run as the runtime role of ADR 0031, which owns nothing and may only
 * read and append the access log. In production a role that can do more stops the start with a message naming each
 * problem; in dev mode and tests it is a warning.
 */
@ApplicationScoped
public class RuntimeRoleCheck {

    private static final Logger LOG = Logger.getLogger(RuntimeRoleCheck.class);

    @Inject Database database;
    @Inject RuntimeRoleQuery query;

    void check(@Observes StartupEvent event) {
        String message = problem();
        if (message == null) {
            return;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new ConfigurationException(message);
        }
        LOG.warn(message);
    }

    /** The problem in one sentence, or null when the role is as it should be. */
    String problem() {
        String role = database.inTransaction(query::role);
        List<String> problems = database.inTransaction(query::problems);
        if (problems.isEmpty()) {
            return null;
        }
        return "iom-service refuses to run as the database role " + role + ": it " + String.join("; it ", problems)
                + ". Requests must run as a role that owns nothing and may only read and append the access log: set"
                + " QUARKUS_DATASOURCE_USERNAME/PASSWORD to that runtime role and QUARKUS_FLYWAY_USERNAME/PASSWORD to"
                + " the owner that migrates (ADR 0031, docs/operations.md).";
    }
}
