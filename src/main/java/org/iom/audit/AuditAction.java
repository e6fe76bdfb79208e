package org.iom.audit;

/** Kinds of processing that DPA 2018 s62(1) requires to be logged. */
public enum AuditAction {
    COLLECTION, ALTERATION, CONSULTATION, DISCLOSURE, COMBINATION, ERASURE
}
