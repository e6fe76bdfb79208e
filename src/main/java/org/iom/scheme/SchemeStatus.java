package org.iom.scheme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchemeStatus")
public enum SchemeStatus {
    ACTIVE, CLOSED
}
