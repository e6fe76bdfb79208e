package org.iom.support.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks every rest-assured exchange of every {@code @QuarkusTest} against the committed contract
 * ({@code openapi/iom-api.yaml}), so an undocumented path, status, content type, field or type fails the test that
 * met it. Installed for all tests by {@link ContractValidationCallback}; no test opts in.
 *
 * <p>What is enforced:
 * <ul>
 *   <li><b>Responses, always</b>: the status must be documented for the operation, the content type must be one
 *       the contract lists for that status, required headers must be present, and the body must match the schema
 *       (unknown properties included: the validator treats every object as closed).</li>
 *   <li><b>Requests, when the service accepted them</b> (status below 400): a request the service answered with
 *       2xx/3xx must be valid by the contract too, otherwise the contract is stricter than the service (or the
 *       service is laxer than documented). Requests the service <em>rejected</em> (4xx/5xx) are not judged: tests
 *       send bad JSON, wrong types, unknown properties and no token on purpose.</li>
 *   <li><b>Undocumented paths and methods</b> are allowed only when the service agrees they do not exist: a 404 or
 *       405 {@code application/problem+json}. Anything else there (a 200 from an undocumented endpoint) fails.</li>
 *   <li>{@code /q/*} (health, metrics, the OpenAPI document itself, Swagger UI) is not part of the contract, nor are
 *       the oversight group's pages and what they load ({@link #NOT_API}: HTML for browsers, issue 24).</li>
 * </ul>
 * The contract is read from disk, not from the running service: the tests check the file clients get. With
 * {@code -Dopenapi.update=true} (refreshing the committed file) the freshly built {@code target/openapi/openapi.yaml}
 * is used instead, because the committed file is about to be replaced.
 */
public final class ContractValidationFilter implements OrderedFilter {

    public static final Path COMMITTED = Path.of("openapi/iom-api.yaml");
    public static final Path BUILT = Path.of("target/openapi/openapi.yaml");

    private static final String PATH_MISSING = "validation.request.path.missing";
    private static final String OPERATION_NOT_ALLOWED = "validation.request.operation.notAllowed";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The pages (their sign-in included) and their assets: not the API. */
    static final List<String> NOT_API = List.of("/oversight", "/webjars", "/assets", "/static");

    private static volatile OpenApiInteractionValidator validator;

    @Override
    public int getOrder() {
        // Run closest to the wire, after any filter a test adds itself (e.g. logging).
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String path = request.getDerivedPath();
        if (request.getPort() != io.restassured.RestAssured.port) {
            return response; // not the service: the test identity provider of the sign-in tests
        }
        if (path.equals("/q") || path.startsWith("/q/") || NOT_API.stream().anyMatch(p -> path.equals(p)
                || path.startsWith(p + "/") || path.startsWith(p + "."))) {
            return response;
        }
        ValidationReport report = validator().validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        List<String> violations = violations(report, response.statusCode(), response.contentType());
        if (!violations.isEmpty()) {
            throw new ContractViolation(request.getMethod() + " " + path + " answered " + response.statusCode()
                    + " (" + response.contentType() + "), which the contract " + COMMITTED + " does not allow:\n  - "
                    + String.join("\n  - ", violations)
                    + "\nEither the service or the contract is wrong: fix the code, or document the behaviour with"
                    + " @APIResponse/@Schema and refresh the contract (./mvnw verify -Dopenapi.update=true).");
        }
        return response;
    }

    /** The report's errors that count, given what the service answered (see the class comment). */
    static List<String> violations(ValidationReport report, int status, String contentType) {
        boolean accepted = status < 400;
        boolean problem = contentType != null && contentType.toLowerCase().startsWith(PROBLEM_JSON);
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> {
                    String key = m.getKey();
                    if (key.equals(PATH_MISSING) || key.equals(OPERATION_NOT_ALLOWED)) {
                        return !(problem && (status == 404 || status == 405));
                    }
                    return !key.startsWith("validation.request.") || accepted;
                })
                .map(m -> "[" + m.getKey() + "] " + m.getMessage()
                        + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                .collect(Collectors.toList());
    }

    public static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator v = validator;
        if (v == null) {
            synchronized (ContractValidationFilter.class) {
                v = validator;
                if (v == null) {
                    v = validatorFor(contract());
                    validator = v;
                }
            }
        }
        return v;
    }

    /** A validator for an OpenAPI 3.1 document given as YAML. */
    static OpenApiInteractionValidator validatorFor(String openApi31Yaml) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30View.of(openApi31Yaml)).build();
    }

    static String contract() {
        Path file = Boolean.getBoolean("openapi.update") && Files.exists(BUILT) ? BUILT : COMMITTED;
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + file.toAbsolutePath()
                    + " (tests run in the project root)", e);
        }
    }

    /** A test exchange the contract does not allow. */
    public static final class ContractViolation extends AssertionError {
        ContractViolation(String message) {
            super(message);
        }
    }
}
