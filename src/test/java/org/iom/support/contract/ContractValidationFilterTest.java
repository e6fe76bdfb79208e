package org.iom.support.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract check itself must bite: each kind of mismatch between an exchange and the contract is reported, and
 * the deliberate exceptions (rejected bad requests, 404/405 for paths the contract does not have) are not.
 * Runs against the committed contract, plus a small 3.1 document for shapes the contract does not use yet.
 */
class ContractValidationFilterTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String REGION = "/v1/probation-regions/N52";

    static List<String> check(OpenApiInteractionValidator validator, Request request, int status, String contentType,
            String body) {
        var response = SimpleResponse.Builder.status(status).withContentType(contentType).withBody(body)
                .withHeader("X-Request-Id", "r-1").build();
        return ContractValidationFilter.violations(validator.validate(request, response), status, contentType);
    }

    static List<String> get(String path, int status, String contentType, String body) {
        var request = SimpleRequest.Builder.get(path).withHeader("Authorization", "Bearer x").build();
        return check(ContractValidationFilter.validator(), request, status, contentType, body);
    }

    @Test
    void aResponseThatMatchesTheContractPasses() {
        assertNone(get(REGION, 200, JSON, "{\"code\":\"N52\",\"name\":\"West Midlands\"}"));
        assertNone(get("/v1/police-forces/hampshire", 200, JSON + ";charset=UTF-8", """
                {"id":"hampshire","name":"H","country":"ENGLAND","names":[
                 {"name":"a","validFrom":null,"validTo":"2021-12-31","note":null},
                 {"name":"b","validFrom":null,"validTo":null,"note":null}]}"""));
        assertNone(get(REGION, 404, PROBLEM, "{\"type\":\"https://x/y\",\"title\":\"Not found\",\"status\":404}"));
    }

    @Test
    void anUndocumentedStatusFails() {
        assertSingle(get(REGION, 418, PROBLEM, "{\"type\":\"https://x\",\"title\":\"t\",\"status\":418}"),
                "validation.response.status.unknown", "418");
        assertSingle(get(REGION, 201, JSON, "{\"code\":\"N52\",\"name\":\"West Midlands\"}"),
                "validation.response.status.unknown", "201");
    }

    @Test
    void anUndocumentedContentTypeFails() {
        assertSingle(get(REGION, 200, "text/plain", "N52"), "validation.response.contentType.notAllowed");
        assertSingle(get(REGION, 404, JSON, "{\"type\":\"https://x\",\"title\":\"t\",\"status\":404}"),
                "validation.response.contentType.notAllowed");
    }

    @Test
    void wrongTypesNullsUnknownFieldsAndMissingFieldsFail() {
        assertSingle(get(REGION, 200, JSON, "{\"code\":5,\"name\":\"West Midlands\"}"), "schema.type", "/code");
        assertSingle(get(REGION, 200, JSON, "{\"code\":null,\"name\":\"West Midlands\"}"), "schema.type", "null");
        assertSingle(get(REGION, 200, JSON, "{\"code\":\"N52\",\"name\":\"West Midlands\",\"secret\":1}"),
                "additionalProperties", "secret");
        assertSingle(get(REGION, 200, JSON, "{\"name\":\"West Midlands\"}"), "schema.required", "code");
    }

    @Test
    void limitsFormatsAndEnumsAreChecked() {
        List<String> tooLong = get(REGION, 200, JSON, "{\"code\":\"N5222\",\"name\":\"x\"}");
        assertEquals(2, tooLong.size(), tooLong.toString());
        assertAny(tooLong, "maxLength");
        assertAny(tooLong, "pattern");
        List<String> force = get("/v1/police-forces/x", 200, JSON, """
                {"id":"x","name":"y","country":"SCOTLAND","names":[{"name":"a","validFrom":"25/11/2026","validTo":5,"note":null}]}""");
        assertEquals(3, force.size(), force.toString());
        assertAny(force, "schema.enum", "SCOTLAND");
        // validFrom may be null (ADR 0029): its date is one alternative of an anyOf, and the message says so
        assertAny(force, "validFrom", "invalid against requested date format");
        assertAny(force, "validTo", "does not match any allowed primitive type");
    }

    @Test
    void undocumentedPathsAndMethodsPassOnlyWhenTheServiceSaysTheyDoNotExist() {
        String problem = "{\"type\":\"https://x\",\"title\":\"t\",\"status\":404}";
        assertNone(get("/v1/no-such-thing", 404, PROBLEM, problem));
        assertSingle(get("/v1/no-such-thing", 200, JSON, "{}"), "validation.request.path.missing");
        assertSingle(get("/v1/no-such-thing", 404, "text/html", "<p>no</p>"), "validation.request.path.missing");
        var delete = SimpleRequest.Builder.delete("/v1/police-forces").build();
        assertNone(check(ContractValidationFilter.validator(), delete, 405, PROBLEM, problem));
        assertSingle(check(ContractValidationFilter.validator(), delete, 204, JSON, null),
                "validation.request.operation.notAllowed");
    }

    @Test
    void aRequestIsJudgedOnlyWhenTheServiceAcceptedIt() {
        // N5 breaks the documented pattern: the service accepting it means contract and service disagree.
        assertSingle(get("/v1/probation-regions/N5", 200, JSON, "{\"code\":\"N52\",\"name\":\"x\"}"),
                "validation.request.parameter");
        String problem = "{\"type\":\"https://x\",\"title\":\"t\",\"status\":400}";
        assertNone(get("/v1/probation-regions/N5", 400, PROBLEM, problem));
        // No token at all: a 401 is the point of such a test, not a contract breach.
        var anonymous = SimpleRequest.Builder.get(REGION).build();
        assertNone(check(ContractValidationFilter.validator(), anonymous, 401, PROBLEM, problem));
    }

    @Test
    void openApi31NullableShapesAreUnderstood() {
        var validator = ContractValidationFilter.validatorFor("""
                openapi: 3.1.0
                info: {title: t, version: 1.0.0}
                paths:
                  /things:
                    get:
                      responses:
                        "200":
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: "#/components/schemas/Thing"}
                components:
                  schemas:
                    Inner:
                      type: object
                      required: [n]
                      properties:
                        n: {type: integer, exclusiveMinimum: 0}
                    Thing:
                      type: object
                      required: [kind]
                      properties:
                        kind: {type: string, enum: [A, B]}
                        colour: {type: [string, "null"], enum: [RED, null], examples: [RED]}
                        inner:
                          anyOf:
                          - $ref: "#/components/schemas/Inner"
                          - type: "null"
                """);
        var request = SimpleRequest.Builder.get("/things").build();
        assertNone(check(validator, request, 200, JSON, "{\"kind\":\"A\",\"colour\":null,\"inner\":null}"));
        assertNone(check(validator, request, 200, JSON, "{\"kind\":\"B\",\"colour\":\"RED\",\"inner\":{\"n\":1}}"));
        assertFalse(check(validator, request, 200, JSON, "{\"kind\":null}").isEmpty());
        assertFalse(check(validator, request, 200, JSON, "{\"kind\":\"A\",\"colour\":\"BLUE\"}").isEmpty());
        assertFalse(check(validator, request, 200, JSON, "{\"kind\":\"A\",\"inner\":{\"n\":0}}").isEmpty());
        assertFalse(check(validator, request, 200, JSON, "{\"kind\":\"A\",\"inner\":{\"n\":\"1\"}}").isEmpty());
    }

    private static void assertNone(List<String> violations) {
        assertEquals(List.of(), violations);
    }

    private static void assertSingle(List<String> violations, String... fragments) {
        assertEquals(1, violations.size(), "expected one violation, got " + violations);
        assertAny(violations, fragments);
    }

    private static void assertAny(List<String> violations, String... fragments) {
        assertTrue(violations.stream().anyMatch(v -> java.util.Arrays.stream(fragments).allMatch(v::contains)),
                "no violation mentions all of " + java.util.Arrays.toString(fragments) + ": " + violations);
    }
}
