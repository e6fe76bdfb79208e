package org.iom.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every operation answers 400 to a query parameter it does not take, and to a repeat of one that takes a single value,
 * naming each (ADR 0011). A misspelt filter ({@code ?stauts=ACTIVE}) must not silently widen a list of case data, every
 * case of which is logged as consulted. What an operation takes is what its method declares with {@link QueryParam}
 * (and so what the contract documents), directly or as a field of a {@link BeanParam} record (or of one nested in it); a parameter of a
 * collection type may repeat.
 */
public class QueryParameterCheck {

    /** Per resource method: the query parameters it takes, by name (sorted), and whether each may repeat. */
    private final Map<Method, Map<String, Boolean>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, HttpServerRequest http, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || http.query() == null) {
            return; // no query string: nothing to check (the raw field, so GET case pays no URI parsing for this)
        }
        Map<String, Boolean> takes = declared.computeIfAbsent(method, QueryParameterCheck::declaredBy);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> given : request.getUriInfo().getQueryParameters().entrySet()) {
            Boolean repeatable = takes.get(given.getKey());
            if (repeatable == null) {
                errors.add(new Problem.FieldError(given.getKey(), takes.isEmpty()
                        ? "unknown query parameter; this operation takes no query parameters"
                        : "unknown query parameter; this operation takes " + String.join(", ", takes.keySet())));
            } else if (!repeatable && given.getValue().size() > 1) {
                errors.add(new Problem.FieldError(given.getKey(), "may be given only once"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Map<String, Boolean> declaredBy(Method method) {
        Map<String, Boolean> takes = new TreeMap<>();
        for (Parameter p : method.getParameters()) {
            declare(p, p.getType(), takes);
        }
        return Collections.unmodifiableMap(takes);
    }

    /** A {@link QueryParam}, or the query parameters of a {@link BeanParam} record, nested records included. */
    private static void declare(AnnotatedElement element, Class<?> type, Map<String, Boolean> takes) {
        QueryParam q = element.getAnnotation(QueryParam.class);
        if (q != null) {
            takes.put(q.value(), repeatable(type));
        } else if (element.isAnnotationPresent(BeanParam.class)) {
            for (Field f : type.getDeclaredFields()) {
                declare(f, f.getType(), takes);
            }
        }
    }

    private static boolean repeatable(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || type.isArray();
    }
}
