package org.iom.scheme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchemeStatus", description = "ACTIVE: running; CLOSED: no new selections", example = "ACTIVE")
public enum SchemeStatus {
    ACTIVE, CLOSED
}
