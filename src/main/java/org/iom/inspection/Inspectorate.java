package org.iom.inspection;

/** The inspectorates that publish reports; many reports are joint. */
public enum Inspectorate {
    HMI_PROBATION, HMICFRS, HMI_PRISONS, OFSTED, CQC, OTHER
}
