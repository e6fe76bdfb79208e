package org.iom.oversight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.iom.security.Caller;
import org.iom.security.Roles;

/** Who is signed in to the pages, and whether they may change the register (oversight members and admins). */
@RequestScoped
@io.quarkus.qute.TemplateData
public class PageUser {

    /** Everyone who may open the pages: writers, and inspectors who read. */
    static final String[] READERS = {Roles.OVERSIGHT, Roles.ADMIN, Roles.INSPECTOR};

    @Inject Caller caller;

    /** The member's name from the identity provider (or the dev sign-in), else their subject. */
    public String name() {
        return caller.displayName();
    }

    public boolean canWrite() {
        return caller.hasRole(Roles.OVERSIGHT) || caller.hasRole(Roles.ADMIN);
    }

    public String roles() {
        return String.join(", ", caller.roles());
    }
}
