package org.iom.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Request bodies that are not the JSON an operation reads: 400 naming the field, or the body when it has none. */
public class JsonProblemMapper {

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return invalid(JsonFields.path(e), "unknown property '" + e.getPropertyName() + "' is not allowed", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return invalid(JsonFields.path(e), "invalid value " + quoteValue(e.getValue()) + ": expected "
                + JsonFields.expected(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = JsonFields.path(e);
        if (field.isEmpty()) {
            return ProblemResponses.of(ProblemType.MALFORMED, "The request body must be a JSON object.", uri);
        }
        return invalid(field, "wrong type: expected " + JsonFields.expected(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = JsonFields.path(e);
        Throwable cause = e.getCause();
        if (cause instanceof ProblemException p) {
            return ProblemResponses.of(p, uri);
        }
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage() : "invalid value";
        return field.isEmpty()
                ? ProblemResponses.of(ProblemType.MALFORMED, "The request body could not be read as the expected JSON.", uri)
                : invalid(field, message, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(ProblemType.MALFORMED, "The request body is not valid JSON" + where + ".", uri);
    }

    /**
     * The answer to {@code t} when it is a JSON reading failure, as its own mapper gives it: unreadable JSON also
     * arrives wrapped by the framework (fuzz: PUT /v1/cases/{id}/needs with '{"a":1,}' was a 500).
     */
    Optional<Response> answer(Throwable t, UriInfo uri) {
        if (t instanceof UnrecognizedPropertyException u) {
            return Optional.of(unknownProperty(u, uri));
        }
        if (t instanceof InvalidFormatException f) {
            return Optional.of(invalidFormat(f, uri));
        }
        if (t instanceof MismatchedInputException m) {
            return Optional.of(mismatchedInput(m, uri));
        }
        if (t instanceof JsonMappingException jm) {
            return Optional.of(jsonMapping(jm, uri));
        }
        return t instanceof JsonProcessingException jp ? Optional.of(malformedJson(jp, uri)) : Optional.empty();
    }

    private static Response invalid(String field, String message, UriInfo uri) {
        return ProblemResponses.of(ProblemException.invalid(field, message), uri);
    }

    private static String quoteValue(Object value) {
        if (value == null) {
            return "null";
        }
        String s = String.valueOf(value);
        if (s.length() > 60) {
            s = s.substring(0, 60) + "…";
        }
        return "'" + s + "'";
    }
}
