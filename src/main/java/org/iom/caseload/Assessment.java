package org.iom.caseload;

/**
 * DPA 2018 s38(2): personal data based on facts are distinguished, as far as possible, from data based on personal
 * assessments. The contract marks each property that holds an assessment with the extension {@link #EXTENSION}
 * ({@code true}) and says so in its description (ADR 0036); every other property of a case is a recorded fact.
 */
final class Assessment {

    /** The OpenAPI extension that marks an assessment. */
    static final String EXTENSION = "x-iom-assessment";

    static final String RISK = "Risk of serious harm: a personal assessment (DPA 2018 s38(2)), not a fact";
    static final String PREDICTOR = "Likelihood of reoffending as a predictor score (e.g. OGRS), a percentage 0-99: "
            + "a personal assessment (DPA 2018 s38(2)), not a fact";
    static final String RAG = "Management status (red/amber/green) the practitioners set: a personal assessment "
            + "(DPA 2018 s38(2)), not a fact";

    static final String NEEDS = "Criminogenic needs by area: a personal assessment (DPA 2018 s38(2)), not a fact";

    private Assessment() {}
}
