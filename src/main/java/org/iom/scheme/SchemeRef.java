package org.iom.scheme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What other features need to know about a scheme (e.g. to select a case onto it). */
public record SchemeRef(UUID id, String code, SchemeStatus status, List<Cohort> cohorts, LocalDate launchedOn) {}
