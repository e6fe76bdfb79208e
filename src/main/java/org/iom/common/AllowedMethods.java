package org.iom.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods each path of the API takes, read once from the JAX-RS resource classes (their {@link Path} and
 * method annotations), so that {@code OPTIONS} lists exactly them and a 405 carries them in {@code Allow} (RFC 9110
 * 9.3.7 and 15.5.6; ADR 0034). The REST layer's own answers are wrong here: its OPTIONS lists every method of the
 * resource class, whatever the sub-path, and its 405 has no {@code Allow}.
 *
 * <p>A path is matched as JAX-RS matches it: among the templates that match the whole path, the one with the most
 * literal characters, then the most parameters. {@code HEAD} is allowed wherever {@code GET} is, {@code OPTIONS}
 * everywhere.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    /** One path template: its regular expression, how specific it is, and the methods declared on it. */
    record Template(Pattern regex, int literals, int parameters, Set<String> methods) {}

    @Inject BeanManager beans;
    @Inject RouteFailureHandler problems;

    private volatile List<Template> templates;

    void install(@Observes Router router) {
        // Only OPTIONS requests reach the handler: the router compares the method, every other request skips the hop.
        router.route().method(io.vertx.core.http.HttpMethod.OPTIONS).order(-10).handler(this::answerOptions);
    }

    /** The {@code Allow} value for a request path, or empty when no resource has this path. */
    public Optional<String> allow(String path) {
        return templates().stream()
                .filter(t -> t.regex().matcher(path).matches())
                .max(Comparator.comparingInt(Template::literals).thenComparingInt(Template::parameters))
                .map(t -> allowHeader(t.methods()));
    }

    private void answerOptions(RoutingContext ctx) {
        if (!"OPTIONS".equals(ctx.request().method().name())) {
            ctx.next();
            return;
        }
        String path = ctx.normalizedPath();
        if (path.equals("/q") || path.startsWith("/q/")) {
            ctx.next(); // the framework's own pages (health, metrics, OpenAPI, Swagger UI)
            return;
        }
        Optional<String> allow = allow(path);
        if (allow.isEmpty()) {
            problems.writeProblem(ctx, ProblemType.NOT_FOUND, "No resource at " + path + ".", false);
            return;
        }
        ctx.response().setStatusCode(204).putHeader("Allow", allow.get()).end();
    }

    static String allowHeader(Set<String> declared) {
        Set<String> methods = new TreeSet<>(Comparator.comparingInt(m -> ORDER.indexOf(m) < 0 ? 99 : ORDER.indexOf(m)));
        methods.addAll(declared);
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    private List<Template> templates() {
        List<Template> t = templates;
        if (t == null) {
            t = read(resourceClasses());
            templates = t;
        }
        return t;
    }

    private List<Class<?>> resourceClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass().isAnnotationPresent(Path.class) && !classes.contains(bean.getBeanClass())) {
                classes.add(bean.getBeanClass());
            }
        }
        return classes;
    }

    /** The templates of these resource classes, one per distinct path, each with every method declared on it. */
    static List<Template> read(List<Class<?>> resources) {
        Map<String, String> templateByRegex = new LinkedHashMap<>();
        Map<String, Set<String>> methodsByRegex = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                String verb = httpMethod(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    String template = join(base, sub == null ? "" : sub.value());
                    String regex = regex(template).pattern();
                    templateByRegex.putIfAbsent(regex, template);
                    methodsByRegex.computeIfAbsent(regex, k -> new TreeSet<>()).add(verb);
                }
            }
        }
        List<Template> result = new ArrayList<>();
        templateByRegex.forEach((regex, template) -> result.add(new Template(Pattern.compile(regex),
                PARAMETER.matcher(template).replaceAll("").length(), (int) PARAMETER.matcher(template).results().count(),
                Set.copyOf(methodsByRegex.get(regex)))));
        return List.copyOf(result);
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A template as a regular expression: {@code {name}} is one segment, {@code {name: re}} is {@code re}. */
    static Pattern regex(String template) {
        StringBuilder re = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(template.substring(last, m.start())));
            re.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
            last = m.end();
        }
        re.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(re + "/?");
    }
}
