package org.iom.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * HTTP by the book at the edge of the service (ADR 0034): 405 names the allowed methods, OPTIONS lists exactly a
 * path's methods, and a request line or headers over the limits are 414 and 431 problems with the security headers,
 * while the contract's longest legal query still fits. Raw sockets where the REST layer is not involved.
 */
@QuarkusTest
class HttpEdgeTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void a405NamesTheMethodsThePathTakes() {
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .when().delete("/v1/police-forces")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("type", equalTo(ProblemType.METHOD_NOT_ALLOWED.uri));
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .when().get("/v1/cases/" + UUID.randomUUID() + "/exit")
                .then().statusCode(405).header("Allow", "POST, OPTIONS");
    }

    @Test
    void optionsListsExactlyThePathsMethods() throws IOException {
        RawHttp exit = RawHttp.exchange(port(), "OPTIONS", "/v1/cases/" + UUID.randomUUID() + "/exit");
        assertEquals(204, exit.status(), exit.toString());
        assertEquals("POST, OPTIONS", exit.header("Allow"));
        assertEquals("nosniff", exit.header("X-Content-Type-Options"));
        assertEquals("GET, HEAD, PATCH, DELETE, OPTIONS",
                RawHttp.exchange(port(), "OPTIONS", "/v1/cases/" + UUID.randomUUID()).header("Allow"));
        assertEquals(404, RawHttp.exchange(port(), "OPTIONS", "/v1/no-such-thing").status());
    }

    @Test
    void optionsAgreesWithTheContractOnEveryPath() throws IOException {
        Map<String, Set<String>> contract = contractMethods();
        Map<String, String> wrong = new TreeMap<>();
        for (Map.Entry<String, Set<String>> path : contract.entrySet()) {
            String target = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Set<String> expected = new TreeSet<>(path.getValue());
            if (expected.contains("GET")) {
                expected.add("HEAD");
            }
            expected.add("OPTIONS");
            RawHttp answer = RawHttp.exchange(port(), "OPTIONS", target);
            String allow = answer.header("Allow");
            Set<String> got = allow == null ? Set.of() : new TreeSet<>(List.of(allow.split(",\\s*")));
            if (answer.status() != 204 || !got.equals(expected)) {
                wrong.put(path.getKey(), answer.status() + " " + got + ", contract " + expected);
            }
        }
        assertTrue(contract.size() > 20, "the contract's paths were not read");
        assertTrue(wrong.isEmpty(), "OPTIONS disagrees with the contract: " + wrong);
    }

    @Test
    void aRequestLineOverTheLimitIsA414Problem() throws IOException {
        String target = "/v1/statistics/caseload?groupBy=NATION&x=" + "a".repeat(17_000);
        RawHttp answer = RawHttp.exchange(port(), "GET", target, "Authorization: " + Tokens.bearer(Roles.ANALYST));
        assertEquals(414, answer.status(), answer.statusLine());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains(ProblemType.URI_TOO_LONG.uri), answer.body());
        assertSecurityHeaders(answer);
    }

    @Test
    void headersOverTheLimitAreA431Problem() throws IOException {
        RawHttp answer = RawHttp.exchange(port(), "GET", "/v1/police-forces",
                "Authorization: " + Tokens.bearer(Roles.ANALYST), "X-Filler: " + "b".repeat(21_000));
        assertEquals(431, answer.status(), answer.statusLine());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains(ProblemType.HEADERS_TOO_LARGE.uri), answer.body());
        assertSecurityHeaders(answer);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsA413ProblemWithTheSecurityHeaders() throws IOException {
        RawHttp answer = RawHttp.exchange(port(), "POST", "/v1/schemes", "Authorization: " + Tokens.bearer(Roles.ADMIN),
                "Content-Type: application/json", "Content-Length: 2000000");
        assertEquals(413, answer.status(), answer.statusLine());
        assertTrue(answer.body().contains(ProblemType.PAYLOAD_TOO_LARGE.uri), answer.body());
        assertSecurityHeaders(answer);
    }

    @Test
    void theLargestStatisticsQueryTheContractAllowsIsServed() {
        // 100 scheme ids (the contract's maxItems): about 4.7 KiB of request line, past the HTTP server's old 4 KiB.
        // None exists, so the answer is the 400 naming each of them: the request was read and checked in full.
        List<String> ids = IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID().toString()).toList();
        given().header("Authorization", Tokens.bearer(Roles.ANALYST))
                .queryParam("schemeId", ids.toArray()).queryParam("groupBy", "SCHEME")
                .queryParam("policeForceId", "west-midlands").queryParam("probationRegionCode", "N52")
                .when().get("/v1/statistics/caseload")
                .then().statusCode(400).body("errors", hasSize(100));
    }

    @Test
    void theFrontDoorSendsABrowserToThePagesAndTellsOthersWhereThingsAre() throws IOException {
        RawHttp browser = RawHttp.exchange(port(), "GET", "/",
                "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(303, browser.status(), browser.toString());
        assertEquals("/oversight", browser.header("Location"));
        assertEquals(200, RawHttp.exchange(port(), "GET", "/q/swagger-ui/").status(), "the API documentation");
        RawHttp api = RawHttp.exchange(port(), "GET", "/", "Accept: application/json");
        assertEquals(200, api.status(), api.toString());
        assertEquals("application/json", api.header("Content-Type"));
        assertEquals("{\"name\":\"IOM service API\",\"version\":\""
                + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("quarkus.smallrye-openapi.info-version", String.class)
                + "\",\"api\":\"/v1\",\"contract\":\"/q/openapi\",\"documentation\":\"/q/swagger-ui/\","
                + "\"pages\":\"/oversight\",\"health\":\"/q/health\"}", api.body());
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertEquals(200, RawHttp.exchange(port(), "GET", "/").status(), "no Accept: the JSON index");
        RawHttp delete = RawHttp.exchange(port(), "DELETE", "/");
        assertEquals(405, delete.status());
        assertEquals("GET, HEAD, OPTIONS", delete.header("Allow"));
        assertEquals("GET, HEAD, OPTIONS", RawHttp.exchange(port(), "OPTIONS", "/").header("Allow"));
    }

    private static void assertSecurityHeaders(RawHttp answer) {
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.headers().toString());
        assertEquals("DENY", answer.header("X-Frame-Options"));
        assertEquals("no-referrer", answer.header("Referrer-Policy"));
        assertTrue(answer.header("Strict-Transport-Security") != null);
    }

    private int port() {
        return base.getPort();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Set<String>> contractMethods() throws IOException {
        Map<String, Object> doc = new YAMLMapper().readValue(Files.readString(Path.of("openapi/iom-api.yaml")), Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Map<String, Set<String>> methods = new TreeMap<>();
        paths.forEach((path, item) -> methods.put(path, item.keySet().stream()
                .filter(k -> List.of("get", "put", "post", "delete", "patch", "head", "options").contains(k))
                .map(String::toUpperCase).collect(Collectors.toCollection(TreeSet::new))));
        return methods;
    }
}
