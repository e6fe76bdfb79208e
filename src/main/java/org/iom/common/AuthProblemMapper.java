package org.iom.common;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Who the caller is and what their roles allow: 401 with {@code WWW-Authenticate: Bearer}, or 403. */
public class AuthProblemMapper {

    static final String TOKEN_REQUIRED = "A valid bearer token is required.";

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your roles do not allow this operation.", uri);
    }

    /** 401 asking for a bearer token. */
    static Response unauthorized(UriInfo uri) {
        return ProblemResponses.builder(ProblemType.UNAUTHENTICATED, TOKEN_REQUIRED, null, null, null, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
