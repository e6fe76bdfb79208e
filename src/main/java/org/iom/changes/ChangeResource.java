package org.iom.changes;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.changes.ChangeViews.ChangePage;
import org.iom.security.Caller;
import org.iom.security.Roles;

/** The change feed: schemes, cases and recommendations as they change, in commit order. Docs: openapi/changes.yaml. */
@Path("/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "A feed of the changes to schemes, cases and recommendations, in commit order")
public class ChangeResource {

    @Inject ChangeFeed feed;
    @Inject Caller caller;

    @GET
    @Blocking
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the feed keeps: resynchronise")
    public Uni<ChangePage> listChanges(@Valid @BeanParam ChangeFilter query) {
        Duration wait = query.longPoll();
        return feed.poll(FeedScope.of(caller), ChangeCursor.parse(query.after()), query.limit(), wait);
    }
}
