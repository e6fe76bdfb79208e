package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field an operation changed, with its value before and after, as the API writes them (text). */
@Schema(name = "FieldChange")
public record FieldChange(String field, @Schema(nullable = true) String oldValue,
        @Schema(nullable = true) String newValue) {}
