package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field an operation changed, with its value before and after, as the API writes them (text). */
@Schema(name = "FieldChange", description = "A field an operation changed: its old and new value as the API writes "
        + "them, as text (null: no value). A field of a need area is needs.AREA. After the case is erased both values "
        + "are null.")
public record FieldChange(
        @Schema(maxLength = 100, example = "rag") String field,
        @Schema(nullable = true, maxLength = 4000, example = "AMBER") String oldValue,
        @Schema(nullable = true, maxLength = 4000, example = "RED") String newValue) {}
