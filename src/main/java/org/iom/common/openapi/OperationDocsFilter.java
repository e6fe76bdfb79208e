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

/**
 * The prose of the contract, one place per operation (ADR 0028): each feature's {@code openapi/<feature>.yaml} is a
 * partial OpenAPI document (paths only) holding what a reader of the contract needs and the code does not say:
 * descriptions, parameter and header documentation, examples, the error answers an operation can give. It is merged
 * over the document the annotations make, its values winning, so a resource method carries only what the code
 * decides (path, method, operationId, roles, types) and reads like a table of contents.
 *
 * <p>Runs first (highest priority), so that the filters after it see the merged document: {@link
 * ProblemResponsesFilter} gives every error answer the problem schema, {@link SchemaConventionsFilter} bounds them.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class OperationDocsFilter implements OASFilter {

    /** The features with an {@code openapi/<feature>.yaml}; OperationDocsTest checks the list against the folder. */
    static final List<String> FEATURES = List.of("reference", "audit", "schemes", "cases", "imports", "inspections",
            "recommendations", "oversight", "statistics", "live-figures", "retention", "subject-access", "changes");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OpenApiConfig config = OpenApiConfig.fromConfig(ConfigProvider.getConfig());
        for (String feature : FEATURES) {
            MergeUtil.merge(openAPI, read("openapi/" + feature + ".yaml", config));
        }
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
