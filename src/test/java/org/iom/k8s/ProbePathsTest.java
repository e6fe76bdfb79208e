package org.iom.k8s;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The probe paths the manifests use answer 200 UP on the running service (with its real database). */
@QuarkusTest
class ProbePathsTest {

    @Test
    void everyProbePathOfTheManifestsAnswersUp() {
        Set<String> paths = new TreeSet<>();
        for (String overlay : RenderedManifests.OVERLAYS) {
            Container c = KubernetesManifestsTest.container(overlay);
            Stream.of(c.getStartupProbe(), c.getReadinessProbe(), c.getLivenessProbe())
                    .map(Probe::getHttpGet)
                    .forEach(get -> paths.add(get.getPath()));
        }
        assertEquals(Set.of("/q/health/started", "/q/health/ready", "/q/health/live"), paths);
        for (String path : paths) {
            given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void aPathThatDoesNotExistIsNotUp() {
        given().when().get("/q/health/starting").then().statusCode(404);
    }
}
