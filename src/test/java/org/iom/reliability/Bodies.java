package org.iom.reliability;

import java.time.LocalDate;

/** The valid request bodies the driver writes: a test scheme and the n-th case of a run. */
final class Bodies {
    static final LocalDate TODAY = LocalDate.now();
    static final String[] REASONS = {"BURGLARY", "ROBBERY", "THEFT_FROM_PERSON", "VEHICLE_CRIME", "DOMESTIC_ABUSE",
            "SERIOUS_VIOLENCE", "OTHER"};
    static final String[] RISKS = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
    static final String[] RAGS = {"RED", "AMBER", "GREEN"};
    static final String[] COHORTS = {"FIXED", "FLEX", "FREE"};

    private Bodies() {
    }

    static String schemeJson(String code) {
        return "{\"code\":" + Json.quote(code) + ",\"name\":" + Json.quote("Reliability test scheme " + code)
                + ",\"policeForceId\":\"west-midlands\",\"probationRegionCode\":\"N07\",\"launchedOn\":\"2020-04-01\""
                + ",\"status\":\"ACTIVE\",\"setting\":\"URBAN\",\"cohorts\":[\"FIXED\",\"FLEX\",\"FREE\"]"
                + ",\"coLocated\":true,\"sharedCaseSystem\":false}";
    }

    static String inspectionJson(String code) {
        return "{\"title\":" + Json.quote("Reliability test inspection " + code)
                + ",\"inspectorates\":[\"HMI_PROBATION\"],\"kind\":\"THEMATIC\",\"publishedOn\":\"2020-02-01\"}";
    }

    static String recommendationJson() {
        return "{\"number\":\"1\",\"kind\":\"RECOMMENDATION\",\"text\":\"Keep a timeline under failover.\""
                + ",\"addressees\":[\"Ministry of Justice\"]}";
    }

    /** The n-th timeline entry (a COMMENT, which needs no If-Match): the same n always gives the same body. */
    static String timelineJson(int n) {
        return "{\"type\":\"COMMENT\",\"note\":\"Failover load comment " + n + "\"}";
    }

    /** The n-th case body: the same n always gives the same body (a retry resends exactly what it first sent). */
    static String caseJson(String schemeId, String crn, int n) {
        return "{\"schemeId\":" + Json.quote(schemeId) + ",\"crn\":" + Json.quote(crn)
                + ",\"cohort\":\"" + COHORTS[n % 3] + "\",\"selectedOn\":\"" + TODAY.minusDays(30 + n % 300) + "\""
                + ",\"selectionReason\":\"" + REASONS[n % REASONS.length] + "\""
                + ",\"riskOfSeriousHarm\":\"" + RISKS[n % RISKS.length] + "\",\"predictorScore\":" + (n % 100)
                + ",\"leadAgency\":\"JOINT\",\"policeLead\":\"DC Load " + n + "\",\"probationLead\":\"PO Load " + n + "\""
                + ",\"rag\":\"" + RAGS[n % 3] + "\",\"nextReviewOn\":\"" + TODAY.plusDays(14 + n % 60) + "\"}";
    }
}
