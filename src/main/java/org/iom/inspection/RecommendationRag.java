package org.iom.inspection;

/** Red/amber/green rating of an open recommendation (the rules: {@link RegisterRules}). */
public enum RecommendationRag {
    RED, AMBER, GREEN
}
