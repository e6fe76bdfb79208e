package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/retention/erasures}: the reviewed cases to erase. */
@Schema(name = "NewErasureJob", description = "Cases whose retention review decided ERASE, to erase in one job")
public record NewErasureJob(
        @Schema(description = "The cases, each at most once; each must be exited with ERASE as its latest retention "
                + "review decision when its turn comes (else it fails, alone)", required = true, minItems = 1,
                maxItems = 1000, example = "[\"0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f\"]")
        @NotNull @Size(min = 1, max = 1000, message = "must name from 1 to 1000 cases")
        List<@NotNull UUID> caseIds) {}
