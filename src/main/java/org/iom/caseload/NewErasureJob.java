package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/retention/erasures}: the reviewed cases to erase. */
@Schema(name = "NewErasureJob")
public record NewErasureJob(
        @NotNull @Size(min = 1, max = 1000, message = "must name from 1 to 1000 cases")
        List<@NotNull UUID> caseIds) {}
