package org.iom.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    public CaseloadStatistics getCaseloadStatistics(@Valid @BeanParam CaseloadParams query) {
        return caseload.of(query);
    }

    @GET
    @Path("/outcomes")
    public OutcomeStatistics getOutcomeStatistics(@Valid @BeanParam OutcomeParams query) {
        return outcomes.of(query);
    }

    @GET
    @Path("/needs")
    public NeedsStatistics getNeedsStatistics(@Valid @BeanParam NeedsParams query) {
        return needs.of(query);
    }

    @GET
    @Path("/coverage")
    public CoverageStatistics getCoverageStatistics(@Valid @BeanParam CoverageParams query) {
        return coverage.of(query);
    }
}
