package org.iom.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image definition and the Deployment agree: the image's user is the non-root user the pod runs as, its port is
 * the container port, and the base image is a pinned, maintained JRE image. (No Docker engine exists on the build
 * machines, so the image itself is built by the release pipeline, not here.)
 */
class ContainerImageTest {

    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imageAndDeploymentAgree(String overlay) throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        long user = Long.parseLong(last(dockerfile, "(?m)^USER\\s+(\\d+)\\s*$"));
        assertTrue(user > 0, "the image runs as a numeric non-root user, so runAsNonRoot can check it");
        assertEquals(user, KubernetesManifestsTest.deployment(overlay).getSpec().getTemplate().getSpec()
                .getSecurityContext().getRunAsUser(), "the pod runs as the image's user");

        int exposed = Integer.parseInt(last(dockerfile, "(?m)^EXPOSE\\s+(\\d+)\\s*$"));
        Container c = KubernetesManifestsTest.container(overlay);
        assertTrue(c.getPorts().stream().anyMatch(p -> p.getContainerPort() == exposed), "container port " + exposed);

        String from = last(dockerfile, "(?m)^FROM\\s+(\\S+)");
        assertTrue(from.matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:[0-9][0-9.-]*"),
                "a pinned UBI 9 OpenJDK 17 runtime (JRE) image: " + from);
        assertFalse(dockerfile.contains("USER root"), "nothing runs as root");
        for (String layer : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(dockerfile.contains("COPY --chown=185 target/quarkus-app/" + layer),
                    "the packaged application's layer " + layer + " is copied, owned by the runtime user");
        }
    }

    private static String last(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        assertTrue(found != null, DOCKERFILE + " has " + regex);
        return found;
    }
}
