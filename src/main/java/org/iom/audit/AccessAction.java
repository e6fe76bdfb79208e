package org.iom.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of processing DPA 2018 s62 requires a log of. */
@Schema(name = "AccessAction", description = "Kind of processing logged under DPA 2018 s62")
public enum AccessAction {
    COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, COMBINATION, ERASURE
}
