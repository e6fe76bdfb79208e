package org.iom.scheme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchemeSetting")
public enum SchemeSetting {
    METROPOLITAN, URBAN, RURAL, MIXED
}
