package org.iom.statistics;

import java.util.List;
import java.util.UUID;
import org.iom.scheme.Cohort;

/**
 * The grouping and filters every statistics query record takes, as its components: {@code groupBy} (an enum,
 * default NATION), {@code schemeId} (repeatable, at most {@value #MAX_SCHEME_IDS}), {@code policeForceId},
 * {@code probationRegionCode} (checked against the reference data by {@link SchemeScope}) and {@code cohort}. The enums
 * are inline strings in the contract ({@code @Schema(type = STRING)}); their values are in openapi/statistics.yaml.
 */
interface StatisticsFilter {

    int MAX_SCHEME_IDS = 100;
    String SCHEME_IDS = "at most " + MAX_SCHEME_IDS + " scheme ids";

    GroupBy groupBy();

    List<UUID> schemeId();

    String policeForceId();

    String probationRegionCode();

    Cohort cohort();

    /** The selection these name. */
    default Selection selection() {
        return new Selection(groupBy(), schemeId(), policeForceId(), probationRegionCode(), cohort());
    }
}
