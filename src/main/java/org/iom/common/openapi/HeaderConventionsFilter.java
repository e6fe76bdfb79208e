package org.iom.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.iom.common.Idempotency;

/**
 * The headers the service reads and sends, stated once for every operation (ADR 0029), so an operation's docs need not
 * repeat them and a new operation gets them:
 * <ul>
 *   <li>The request headers the service checks carry its rules: {@code Idempotency-Key} 1 to 200 visible ASCII
 *       characters ({@link Idempotency#validateKey}), {@code X-Access-Reason} at most 500 characters without control
 *       characters and {@code X-Request-Id} 1 to 100 of {@code A-Z a-z 0-9 . _ : / + = -}
 *       ({@code audit.RequestHeadersFilter}), {@code If-Match} one entity tag, not empty ({@code ETags}).</li>
 *   <li>Every answer of a /v1 operation declares {@code X-Request-Id} (echoed or generated; required on success
 *       answers, which always carry it), and the success answers of an operation that takes an
 *       {@code Idempotency-Key} declare {@code Idempotent-Replayed: true}, sent when the answer is a replay.</li>
 * </ul>
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class HeaderConventionsFilter implements OASFilter {

    static final String REQUEST_ID = "X-Request-Id";
    static final String REQUEST_ID_PATTERN = "^[A-Za-z0-9._:/+=-]{1,100}$";
    static final String ACCESS_REASON = "X-Access-Reason";
    static final String NO_CONTROL_CHARACTERS = "^[^\\x00-\\x1F\\x7F-\\x9F]*$";
    static final String IF_MATCH = "If-Match";
    /** One entity tag as the ETag header gave it (quoted, strong or weak): not empty, not {@code *}, not a list. */
    static final String ONE_ETAG = "^(W/)?\"[^\",*]+\"$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/v1")) {
                item.getOperations().values().forEach(HeaderConventionsFilter::document);
            }
        });
    }

    private static void document(Operation op) {
        List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
        boolean idempotent = false;
        for (Parameter p : parameters) {
            if (p.getIn() != Parameter.In.HEADER || p.getName() == null) {
                continue;
            }
            switch (p.getName()) {
                case Idempotency.HEADER -> {
                    idempotent = true;
                    p.setSchema(tightened(p.getSchema(), 1, 200, Idempotency.KEY_PATTERN));
                }
                case ACCESS_REASON -> p.setSchema(tightened(p.getSchema(), 0, 500, NO_CONTROL_CHARACTERS));
                case REQUEST_ID -> p.setSchema(tightened(p.getSchema(), 1, 100, REQUEST_ID_PATTERN));
                case IF_MATCH -> p.setSchema(tightened(p.getSchema(), 3, 200, ONE_ETAG));
                default -> { }
            }
        }
        if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, org.eclipse.microprofile.openapi.models.responses.APIResponse> e
                : op.getResponses().getAPIResponses().entrySet()) {
            boolean success = e.getKey().startsWith("2") || e.getKey().startsWith("3");
            e.getValue().addHeader(REQUEST_ID, OASFactory.createHeader().required(success)
                    .description("The request's id: the caller's X-Request-Id when well formed, else a generated one;"
                            + " the access log records it")
                    .schema(text(1, 100, REQUEST_ID_PATTERN)));
            if (success && idempotent) {
                e.getValue().addHeader(Idempotency.REPLAYED_HEADER, replayed());
            }
        }
    }

    private static Header replayed() {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING).addEnumeration("true").maxLength(4);
        return OASFactory.createHeader().required(false).schema(schema)
                .description("`true` when this answer is the replay of an earlier request with the same Idempotency-Key"
                        + " (nothing was done again); absent otherwise");
    }

    /** The rule's schema, keeping a stricter length the operation states (e.g. a reason required for an erasure). */
    private static Schema tightened(Schema given, int minLength, int maxLength, String pattern) {
        int min = given != null && given.getMinLength() != null ? Math.max(given.getMinLength(), minLength) : minLength;
        int max = given != null && given.getMaxLength() != null ? Math.min(given.getMaxLength(), maxLength) : maxLength;
        return text(min, max, pattern);
    }

    private static Schema text(int minLength, int maxLength, String pattern) {
        Schema s = OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength).pattern(pattern);
        return minLength > 0 ? s.minLength(minLength) : s;
    }
}
