package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Priority flag (as the US GAO flags priority recommendations). */
@Schema(description = "Priority given by the oversight group", example = "HIGH")
public enum Priority {
    HIGH, MEDIUM, LOW
}
