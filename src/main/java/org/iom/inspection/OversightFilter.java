package org.iom.inspection;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query of {@code GET /v1/oversight/summary} ({@code @BeanParam}): which recommendations are counted. The
 * {@code inspectionId} schema is the contract's ({@code format: uuid}, without the pattern smallrye adds to UUIDs).
 */
public record OversightFilter(
        @QueryParam("inspectionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
        UUID inspectionId,
        @QueryParam("addressee") @Size(max = 200) String addressee,
        @QueryParam("theme") @Size(max = 100) String theme,
        @QueryParam("priority") Priority priority,
        @QueryParam("kind") RecommendationKind kind) {

    /** The filters, as the register's SQL takes them. */
    RegisterFilter register() {
        return new RegisterFilter(null, addressee, null, inspectionId, theme, priority, kind, null, null, null, null,
                null, null, null, null, null);
    }
}
