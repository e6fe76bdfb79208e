package org.iom.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: always RFC 9457 {@code application/problem+json}, never a
 * stack trace, class name or SQL. Bad input is 4xx; an unreachable database is 503 with {@code Retry-After}.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (!e.extensions.isEmpty()) {
            // Standard members first, then the extension members (RFC 9457 section 3.2).
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("type", e.type.uri);
            body.put("title", e.type.title);
            body.put("status", e.type.status);
            body.put("detail", e.getMessage());
            body.put("instance", uri == null ? null : uri.getPath());
            e.extensions.forEach(body::putIfAbsent);
            Response.ResponseBuilder b = Response.status(e.type.status).type(Problem.MEDIA_TYPE).entity(body);
            e.headers.forEach(b::header);
            return b.build();
        }
        return respond(e.type, e.getMessage(), e.errors, e.conflictingId, e.allowed, e.headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your roles do not allow this operation.", uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Problem.FieldError.ORDER)
                .toList();
        return respond(ProblemException.invalid(errors), uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(ProblemException.invalid(field, "unknown property '" + e.getPropertyName()
                + "' is not allowed"), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(ProblemException.invalid(jsonPath(e), "invalid value " + quoteValue(e.getValue())
                + ": expected " + expected), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED, "The request body must be a JSON object.", uri);
        }
        return respond(ProblemException.invalid(field, "wrong type: expected " + expected), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        Throwable cause = e.getCause();
        if (cause instanceof ProblemException p) {
            return problem(p, uri);
        }
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage() : "invalid value";
        return field.isEmpty()
                ? respond(ProblemType.MALFORMED, "The request body could not be read as the expected JSON.", uri)
                : respond(ProblemException.invalid(field, message), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return respond(ProblemType.MALFORMED, "The request body is not valid JSON" + where + ".", uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // A parameter that failed to convert arrives as a 404 (the JAX-RS spec) wrapping our 400 problem.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException || cause instanceof ProblemException) {
                return any(cause, uri);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return any(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed on " + uri.getPath() + ".";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 415 -> "The Content-Type of the request is not supported here.";
            case 413 -> "The request body is too large.";
            case 401 -> "A valid bearer token is required.";
            default -> safeMessage(e, type);
        };
        Response.ResponseBuilder b = problemResponse(type, detail, null, null, null, uri);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            b.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        if (status == 401) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return b.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response any(Throwable e, UriInfo uri) {
        if (RequestDeadline.isLateAnswer(e)) {
            // The request was already answered 503 at its deadline (RequestDeadline); this answer has nowhere to go.
            LOG.infof("Late answer on %s dropped: the request had already been answered 503 at its deadline",
                    uri.getPath());
            return respond(ProblemType.UNAVAILABLE, "The request deadline passed.", uri);
        }
        // Known causes buried in wrappers (transactions, Hibernate, JDBC) are reported by what they are.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return problem(p, uri);
            }
            // Unreadable JSON wrapped by the framework (fuzz: PUT /v1/cases/{id}/needs with '{"a":1,}' was a 500).
            if (t instanceof UnrecognizedPropertyException u) {
                return unknownProperty(u, uri);
            }
            if (t instanceof InvalidFormatException f) {
                return invalidFormat(f, uri);
            }
            if (t instanceof MismatchedInputException m) {
                return mismatchedInput(m, uri);
            }
            if (t instanceof JsonMappingException jm) {
                return jsonMapping(jm, uri);
            }
            if (t instanceof JsonProcessingException jp) {
                return malformedJson(jp, uri);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return staleVersion(uri);
            }
            if (t instanceof ConstraintViolationException cve) {
                return validation(cve, uri);
            }
            if (isDatabaseUnavailable(t)) {
                return databaseUnavailable(t, uri);
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return respond(ProblemType.CONFLICT, "The request conflicts with an existing record.", uri);
            }
            if (t instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
                return respond(ProblemType.VALIDATION, "A value is longer than allowed.", uri);
            }
            // PostgreSQL text cannot hold NUL (U+0000) or characters outside its encoding (fuzz: GET .../%00).
            if (t instanceof SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return respond(ProblemType.VALIDATION, "A value contains a character that is not allowed (such as NUL).",
                        uri);
            }
            if (t == e && t instanceof java.io.IOException) {
                // Reading the request failed (broken chunked encoding, a connection cut mid-body): the client's
                // request is malformed, not a server error. (Database I/O reaches us wrapped in SQLExceptions.)
                LOG.debugf("Unreadable request on %s: %s", uri.getPath(), t);
                return respond(ProblemType.MALFORMED, "The request body could not be read.", uri);
            }
            if (t instanceof io.vertx.core.http.HttpClosedException || t instanceof java.nio.channels.ClosedChannelException) {
                // The client hung up while sending its body: nobody is left to read an answer; not a server error.
                LOG.debugf("Client closed the connection during %s", uri.getPath());
                return respond(ProblemType.MALFORMED, "The request body was cut off.", uri);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        // A commit that failed because the connection died reports the database error only as a suppressed
        // exception of the RollbackException (Narayana). Its outcome is unknown to us: 503, and the client's retry
        // with the same Idempotency-Key settles it.
        Throwable buried = findDatabaseUnavailable(e, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        if (buried != null) {
            return databaseUnavailable(buried, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", errorId, uri.getPath());
        return respond(ProblemType.INTERNAL, "An unexpected error occurred. Quote reference " + errorId + ".", uri);
    }

    private Response databaseUnavailable(Throwable t, UriInfo uri) {
        LOG.warnf("Database unavailable for %s: %s", uri.getPath(), t.toString());
        return respond(ProblemType.UNAVAILABLE,
                "The database is unavailable. Retry after " + RETRY_AFTER_SECONDS + " seconds.", null, null,
                null, Map.of("Retry-After", RETRY_AFTER_SECONDS), uri);
    }

    /** The first database-unavailable failure among the causes and suppressed exceptions of {@code t}, or null. */
    static Throwable findDatabaseUnavailable(Throwable t, int depth, java.util.Set<Throwable> seen) {
        if (t == null || depth > 12 || !seen.add(t)) {
            return null;
        }
        if (isDatabaseUnavailable(t)) {
            return t;
        }
        Throwable found = findDatabaseUnavailable(t.getCause(), depth + 1, seen);
        for (Throwable s : t.getSuppressed()) {
            if (found == null) {
                found = findDatabaseUnavailable(s, depth + 1, seen);
            }
        }
        return found;
    }

    static boolean isDatabaseUnavailable(Throwable t) {
        if (t instanceof SocketTimeoutException || t instanceof java.net.ConnectException) {
            return true;
        }
        if (t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        // Hibernate reports any failure to get a pooled connection this way, whatever the driver said (a connection
        // attempt to a hung database can end as SQLState 99999 "Interrupted while attempting to connect").
        if (t instanceof org.hibernate.JDBCException j && j.getMessage() != null
                && j.getMessage().startsWith("Unable to acquire JDBC Connection")) {
            return true;
        }
        if (t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03") || state.equals("53300"))) {
                return true;
            }
            String msg = sql.getMessage();
            return msg != null && (msg.contains("acquisition timeout") || msg.contains("Acquisition timeout")
                    || msg.startsWith("Interrupted while acquiring") || msg.startsWith("Can't create new connection"));
        }
        return false;
    }

    private Response unauthorized(UriInfo uri) {
        return problemResponse(ProblemType.UNAUTHENTICATED, "A valid bearer token is required.", null, null, null, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response staleVersion(UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by someone else; fetch it again and retry with its current ETag.", uri);
    }

    private Response respond(ProblemException p, UriInfo uri) {
        return problem(p, uri);
    }

    private Response respond(ProblemType type, String detail, UriInfo uri) {
        return respond(type, detail, null, null, null, Map.of(), uri);
    }

    private Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, String conflictingId,
            List<String> allowed, Map<String, String> headers, UriInfo uri) {
        Response.ResponseBuilder b = problemResponse(type, detail, errors, conflictingId, allowed, uri);
        if (headers != null) {
            headers.forEach(b::header);
        }
        return b.build();
    }

    static Response.ResponseBuilder problemResponse(ProblemType type, String detail, List<Problem.FieldError> errors,
            String conflictingId, List<String> allowed, UriInfo uri) {
        String instance = uri == null ? null : uri.getPath();
        return Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri, type.title, type.status, detail, instance,
                        errors == null || errors.isEmpty() ? null : errors, conflictingId, allowed));
    }

    private static String safeMessage(WebApplicationException e, ProblemType type) {
        // JAX-RS messages for 4xx describe the request (e.g. a bad query parameter); never include causes.
        String m = e.getMessage();
        if (m == null || m.isBlank() || m.startsWith("HTTP ") || m.contains("Exception") || m.length() > 300) {
            return type.title + ".";
        }
        return m;
    }

    static String fieldName(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        boolean sawParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                sawParameter = true;
                names.clear();
                names.add(node.getName());
                continue;
            }
            if (sawParameter && names.size() == 1 && kind == ElementKind.PROPERTY && isContainer(names.get(0))) {
                names.clear();
            }
            String name = node.getName();
            if (node.getIndex() != null) {
                name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
            } else if (node.getKey() != null) {
                name = (name == null ? "" : name) + "[" + node.getKey() + "]";
            }
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /**
     * Request bodies are named {@code body} and {@code @BeanParam} query records {@code query} in resources by
     * convention: their fields are reported bare (a field of the body, or the query parameter's own name).
     */
    private static boolean isContainer(String name) {
        return "body".equals(name) || "request".equals(name) || "query".equals(name);
    }

    static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder sb = new StringBuilder("one of ");
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return sb.toString();
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO 8601 date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an ISO 8601 instant (e.g. 2026-11-25T13:58:07Z)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray() || java.util.Set.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
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
