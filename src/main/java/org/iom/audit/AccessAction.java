package org.iom.audit;

/** The kinds of processing DPA 2018 s62 requires a log of. */
public enum AccessAction {
    COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, COMBINATION, ERASURE
}
