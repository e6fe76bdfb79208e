package org.iom.caseload;

import java.time.LocalDate;
import java.util.UUID;

/** A case the caller may see: what the needs, reviews and state changes of a case check before they act. */
record CaseRef(UUID id, UUID schemeId, CaseStatus status, LocalDate selectedOn, LocalDate exitedOn, long version) {}
