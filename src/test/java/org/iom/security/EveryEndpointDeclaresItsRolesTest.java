package org.iom.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Default deny: every JAX-RS resource method in the application must say who may call it (on the method or its
 * class). A new endpoint without {@code @RolesAllowed}/{@code @PermitAll} fails the build here.
 */
class EveryEndpointDeclaresItsRolesTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class);

    @Test
    void everyResourceMethodHasRolesAllowedOrPermitAll() throws Exception {
        List<String> undeclared = new ArrayList<>();
        List<Class<?>> resources = resourceClasses();
        int methods = 0;
        for (Class<?> type : resources) {
            for (Method m : type.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(m::isAnnotationPresent) && !m.isAnnotationPresent(Path.class)) {
                    continue;
                }
                methods++;
                boolean declared = hasRoles(m) || hasRoles(type);
                if (!declared) {
                    undeclared.add(type.getSimpleName() + "#" + m.getName());
                }
            }
        }
        assertFalse(resources.isEmpty(), "no resource classes found: the scan is broken");
        assertEquals(List.of(), undeclared, "resource methods without @RolesAllowed/@PermitAll (checked " + methods + ")");
    }

    private static boolean hasRoles(java.lang.reflect.AnnotatedElement e) {
        return e.isAnnotationPresent(RolesAllowed.class) || e.isAnnotationPresent(PermitAll.class)
                || e.isAnnotationPresent(DenyAll.class);
    }

    static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        java.nio.file.Path root = Paths.get("target/classes");
        List<Class<?>> result = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("org.iom.") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, EveryEndpointDeclaresItsRolesTest.class.getClassLoader());
                boolean resource = type.isAnnotationPresent(Path.class) || Stream.of(type.getDeclaredMethods())
                        .anyMatch(m -> HTTP_METHODS.stream().anyMatch(m::isAnnotationPresent));
                if (resource) {
                    result.add(type);
                }
            }
        }
        return result;
    }
}
