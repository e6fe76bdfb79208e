package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The inspectorates that publish reports; many reports are joint. */
@Schema(description = "An inspectorate: HM Inspectorate of Probation, HMICFRS (police, fire and rescue), HM Inspectorate"
        + " of Prisons, Ofsted, the Care Quality Commission, or another body", example = "HMI_PROBATION")
public enum Inspectorate {
    HMI_PROBATION, HMICFRS, HMI_PRISONS, OFSTED, CQC, OTHER
}
