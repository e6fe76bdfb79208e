package org.iom.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.OpenApiConfig;
import io.smallrye.openapi.api.util.MergeUtil;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The prose of the contract, one place per operation (ADR 0028): each feature's {@code openapi/<feature>.yaml} is a
 * partial OpenAPI document (paths only) holding what a reader of the contract needs and the code does not say:
 * descriptions, parameter and header documentation, examples, the error answers an operation can give. It is merged
 * over the document the annotations make, its values winning, so a resource method carries only what the code
 * decides (path, method, roles, types; its name is the operationId) and reads like a table of contents. The summary
 * is prose, so it is here too (ADR 0046); every operation's fields are then put in one order, summary first.
 *
 * <p>Runs first (highest priority), so that the filters after it see the merged document: {@link
 * ProblemResponsesFilter} gives every error answer the problem schema, {@link SchemaConventionsFilter} bounds them.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class OperationDocsFilter implements OASFilter {

    /** The features with an {@code openapi/<feature>.yaml}; OperationDocsTest checks the list against the folder. */
    static final List<String> FEATURES = List.of("reference", "audit", "schemes", "cases", "imports", "inspections",
            "recommendations", "oversight", "statistics", "live-figures", "retention", "subject-access", "changes");

    /**
     * The packages with an {@code openapi/schemas/<package>.yaml}: the prose and documented bounds of the schemas their
     * records and enums make (ADR 0047). OperationDocsTest checks the list against the folder.
     */
    static final List<String> SCHEMA_PACKAGES = List.of("audit", "caseload", "changes", "common", "inspection",
            "reference", "scheme", "statistics");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OpenApiConfig config = OpenApiConfig.fromConfig(ConfigProvider.getConfig());
        for (String feature : FEATURES) {
            MergeUtil.merge(openAPI, read("openapi/" + feature + ".yaml", config));
        }
        for (String pkg : SCHEMA_PACKAGES) {
            MergeUtil.merge(openAPI, read("openapi/schemas/" + pkg + ".yaml", config));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values()
                    .forEach(item -> item.getOperations().values().forEach(OperationDocsFilter::inOneOrder));
        }
    }

    /**
     * An operation's fields in one order, whichever step set them: the merge appends what the overlay adds (the
     * summary, the description) after what the annotations made, and the summary belongs first.
     */
    static void inOneOrder(Operation op) {
        String summary = op.getSummary();
        String operationId = op.getOperationId();
        List<String> tags = op.getTags();
        List<Parameter> parameters = op.getParameters();
        RequestBody requestBody = op.getRequestBody();
        APIResponses responses = op.getResponses();
        List<SecurityRequirement> security = op.getSecurity();
        String description = op.getDescription();
        op.summary(null).operationId(null).tags(null).parameters(null).requestBody(null).responses(null).security(null)
                .description(null);
        op.summary(summary).operationId(operationId).tags(tags).parameters(parameters).requestBody(requestBody)
                .responses(responses).security(security).description(description);
    }

    static OpenAPI read(String resource, OpenApiConfig config) {
        try (InputStream in = OperationDocsFilter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return OpenApiParser.parse(in, Format.YAML, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
