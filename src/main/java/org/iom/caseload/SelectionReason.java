package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a person was selected: the offence category that brought them onto the scheme. */
@Schema(name = "SelectionReason")
public enum SelectionReason {
    BURGLARY, ROBBERY, THEFT_FROM_PERSON, VEHICLE_CRIME, DOMESTIC_ABUSE, SERIOUS_VIOLENCE, OTHER
}
