package plain;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/cases")
public class PlainCaseResource {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public PlainCase get(@PathParam("id") UUID id) {
        PlainCase c = PlainCase.findById(id);
        if (c == null) {
            throw new NotFoundException();
        }
        return c;
    }
}
