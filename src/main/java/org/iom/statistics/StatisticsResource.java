package org.iom.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.csv.CsvWriter;
import org.iom.security.Roles;
import org.iom.statistics.StatisticsViews.CaseloadStatistics;
import org.iom.statistics.StatisticsViews.CoverageStatistics;
import org.iom.statistics.StatisticsViews.NeedsStatistics;
import org.iom.statistics.StatisticsViews.OutcomeStatistics;

/**
 * Impact figures at scheme, force, region, cohort and national level. Aggregates only: no case-level data. Counts
 * below the suppression threshold are withheld. JSON, or CSV with {@code Accept: text/csv}. Operation docs:
 * {@code openapi/statistics.yaml}.
 */
@Path("/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Statistics", description = "Live caseload, outcome, needs and coverage figures at every level, with"
        + " small-number suppression")
@RolesAllowed({Roles.ANALYST, Roles.OVERSIGHT, Roles.ADMIN, Roles.PRACTITIONER})
public class StatisticsResource {

    @Inject CaseloadFigure caseload;
    @Inject OutcomeFigure outcomes;
    @Inject NeedsFigure needs;
    @Inject CoverageFigure coverage;

    @GET
    @Path("/caseload")
    @Operation(operationId = "getCaseloadStatistics", summary = "People managed on a date, selected and exited in a period")
    public CaseloadStatistics caseload(@Valid @BeanParam CaseloadParams query) {
        return caseload.of(query);
    }

    @GET
    @Path("/outcomes")
    @Operation(operationId = "getOutcomeStatistics", summary = "Reoffending outcomes of the cases reviewed in a period")
    public OutcomeStatistics outcomes(@Valid @BeanParam OutcomeParams query) {
        return outcomes.of(query);
    }

    @GET
    @Path("/needs")
    @Operation(operationId = "getNeedsStatistics", summary = "Needs profile of the active cases, for commissioning")
    public NeedsStatistics needs(@Valid @BeanParam NeedsParams query) {
        return needs.of(query);
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCoverageStatistics", summary = "How many schemes and forces measure impact")
    public CoverageStatistics coverage(@Valid @BeanParam CoverageParams query) {
        return coverage.of(query);
    }
}
