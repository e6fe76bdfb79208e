package org.iom.inspection;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.iom.common.ETags;

/** A view with the version of what it shows: the ETag a response carries ({@link org.iom.common.ETags}). */
public record Versioned<T>(T view, long version) {

    /** 200 with the view and its ETag. */
    public Response ok() {
        return ETags.ok(view, version);
    }

    /** 201 with the view, its ETag and its Location: {@code collection}, then the id {@code id} reads from the view. */
    public Response created(String collection, Function<T, UUID> id) {
        return ETags.created(URI.create(collection + "/" + id.apply(view)), view, version);
    }
}
