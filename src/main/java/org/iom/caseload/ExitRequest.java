package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseExit")
public record ExitRequest(@NotNull LocalDate exitedOn, @NotNull ExitReason reason) {}
