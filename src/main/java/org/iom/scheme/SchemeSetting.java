package org.iom.scheme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchemeSetting", description = "The kind of area the scheme covers", example = "METROPOLITAN")
public enum SchemeSetting {
    METROPOLITAN, URBAN, RURAL, MIXED
}
