package org.iom.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.iom.common.Problem;

/**
 * Documents the error answers every /v1 operation can give, with the problem+json schema, so the contract lists them
 * without each resource method repeating them: 400 (when the operation takes input), 401, 403, 406, 500 and 503.
 * Error responses declared on a method without content get the problem schema too.
 *
 * <p>Runs after {@link OperationDocsFilter} (whose answers it completes) and before the conventions
 * ({@link HeaderConventionsFilter}, {@link SchemaConventionsFilter}), which then apply to the answers it adds.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 50)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/v1")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                document(e.getKey(), e.getValue());
            }
        });
    }

    private void document(PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        boolean takesInput = op.getRequestBody() != null
                || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (takesInput) {
            add(responses, "400", "Invalid request: the problem names each field at fault");
        }
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "The token's roles do not allow this operation");
        add(responses, "406", "None of the media types in Accept can be produced");
        if (op.getRequestBody() != null) {
            add(responses, "413", "Request body larger than the limit");
            add(responses, "415", "Unsupported request Content-Type");
        }
        add(responses, "500", "Unexpected error (details only in the service log, under the quoted reference)");
        add(responses, "503", "The database is unavailable; retry after the Retry-After seconds");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problemContent());
                }
            }
        });
        if (responses.getAPIResponse("503") != null && (responses.getAPIResponse("503").getHeaders() == null
                || !responses.getAPIResponse("503").getHeaders().containsKey("Retry-After"))) {
            responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema()
                            .addType(SchemaType.INTEGER)
                            .format("int32").minimum(BigDecimal.ONE)
                            .maximum(BigDecimal.valueOf(3600))));
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            APIResponse r = OASFactory.createAPIResponse().description(description).content(problemContent());
            responses.addAPIResponse(code, r);
        }
    }

    private static Content problemContent() {
        MediaType mt = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mt);
    }
}
