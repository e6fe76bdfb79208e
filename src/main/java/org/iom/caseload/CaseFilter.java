package org.iom.caseload;

import java.time.LocalDate;
import java.util.UUID;
import org.iom.scheme.Cohort;

/** Filters of {@code GET /v1/cases}; null means "any". */
public record CaseFilter(UUID schemeId, String policeForceId, String probationRegionCode, Cohort cohort,
        CaseStatus status, RiskLevel riskOfSeriousHarm, Rag rag, LocalDate selectedFrom, LocalDate selectedTo,
        Boolean reviewOverdue, String crn) {}
