package org.iom.oversight;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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

    /** A page in the pages' layout: {@code template} with who is signed in and the page's title. */
    TemplateInstance page(Template template, String title) {
        return template.data("user", this).data("title", title);
    }

    public String roles() {
        return String.join(", ", caller.roles());
    }
}
