package org.iom.statistics;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

/**
 * The grouping and filters every statistics query takes, stated once and nested in each operation's query record
 * ({@code @BeanParam filter}): {@code groupBy} (an enum, default NATION), {@code schemeId} (repeatable, at most
 * {@value #MAX_SCHEME_IDS}), {@code policeForceId}, {@code probationRegionCode} (checked against the reference data by
 * {@link SchemeScope}) and {@code cohort}. The enums are inline strings in the contract ({@code @Schema(type =
 * STRING)}); their values are in openapi/statistics.yaml. A violation names the query parameter itself
 * ({@code schemeId}), as for the operation's own parameters.
 */
public record StatisticsFilterParams(
        @QueryParam("groupBy") @DefaultValue("NATION") @Schema(type = SchemaType.STRING) GroupBy groupBy,
        @QueryParam("schemeId") @Size(max = MAX_SCHEME_IDS, message = SCHEME_IDS) List<UUID> schemeId,
        @QueryParam("policeForceId") String policeForceId,
        @QueryParam("probationRegionCode") String probationRegionCode,
        @QueryParam("cohort") @Schema(type = SchemaType.STRING) Cohort cohort) {

    static final int MAX_SCHEME_IDS = 100;
    static final String SCHEME_IDS = "at most " + MAX_SCHEME_IDS + " scheme ids";

    /** National figures for every scheme: what a live figure shows. */
    static final StatisticsFilterParams NATIONAL = new StatisticsFilterParams(GroupBy.NATION, null, null, null, null);

    /** The selection these name. */
    Selection selection() {
        return new Selection(groupBy, schemeId, policeForceId, probationRegionCode, cohort);
    }
}
