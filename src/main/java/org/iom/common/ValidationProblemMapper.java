package org.iom.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Bean Validation failures: 400 naming each field, query parameter or header at fault. */
public class ValidationProblemMapper {

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Problem.FieldError.ORDER)
                .toList();
        return ProblemResponses.of(ProblemException.invalid(errors), uri);
    }

    /** The answer to {@code t} when it is a validation failure. */
    Optional<Response> answer(Throwable t, UriInfo uri) {
        return t instanceof ConstraintViolationException cve ? Optional.of(validation(cve, uri)) : Optional.empty();
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
            String name = nodeName(node);
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /** The node's name with its index or key, as the client wrote it ({@code cohorts[1]}). */
    private static String nodeName(Path.Node node) {
        String name = node.getName();
        if (node.getIndex() != null) {
            return (name == null ? "" : name) + "[" + node.getIndex() + "]";
        }
        if (node.getKey() != null) {
            return (name == null ? "" : name) + "[" + node.getKey() + "]";
        }
        return name;
    }

    /**
     * Request bodies are named {@code body} and {@code @BeanParam} query records {@code query} in resources by
     * convention, and a {@code @BeanParam} record nested in a query record {@code filter}: their fields are reported
     * bare (a field of the body, or the query parameter's own name).
     */
    private static boolean isContainer(String name) {
        return "body".equals(name) || "request".equals(name) || "query".equals(name) || "filter".equals(name);
    }
}
