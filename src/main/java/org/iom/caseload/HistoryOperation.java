package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of change a case history entry records (ADR 0037). */
@Schema(name = "CaseHistoryOperation")
public enum HistoryOperation {
    /** The case was created: a selection, or a bulk import row (resourceId is the import). */
    SELECTED,
    /** A merge patch changed fields of the case. */
    CHANGED,
    /** The case was exited. */
    EXITED,
    /** The case was exited because the person moved to another scheme; resourceId is the new case. */
    TRANSFERRED_OUT,
    /** The case was created by a transfer from another scheme; resourceId is the old case. */
    TRANSFERRED_IN,
    /** A needs assessment was recorded; resourceId is the assessment. */
    NEEDS_ASSESSED,
    /** An outcome review was recorded; resourceId is the review. */
    OUTCOME_REVIEW_RECORDED
}
