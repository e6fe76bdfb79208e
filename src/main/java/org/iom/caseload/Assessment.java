package org.iom.caseload;

/**
 * DPA 2018 s38(2): personal data based on facts are distinguished, as far as possible, from data based on personal
 * assessments. The contract marks each property that holds an assessment with the extension {@link #EXTENSION}
 * ({@code true}) and says so in its description (ADR 0036), in {@code openapi/schemas/caseload.yaml}; every other
 * property of a case is a recorded fact.
 */
final class Assessment {

    /** The OpenAPI extension that marks an assessment. */
    static final String EXTENSION = "x-iom-assessment";

    private Assessment() {}
}
