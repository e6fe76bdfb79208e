package org.iom.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.AppClock;
import org.iom.security.Roles;
import org.iom.statistics.StatisticsRequest.Kind;
import org.iom.statistics.StatisticsViews.CaseloadStatistics;
import org.iom.statistics.StatisticsViews.CoverageStatistics;
import org.iom.statistics.StatisticsViews.NeedsStatistics;
import org.iom.statistics.StatisticsViews.OutcomeStatistics;

/**
 * Impact figures at scheme, force, region, cohort and national level. Aggregates only: no case-level data. Counts
 * below the suppression threshold are withheld. JSON, or CSV with {@code Accept: text/csv}.
 */
@Path("/v1/statistics")
@Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
@Tag(name = "Statistics", description = "Live caseload, outcome, needs and coverage figures at every level, with"
        + " small-number suppression")
@RolesAllowed({Roles.ANALYST, Roles.OVERSIGHT, Roles.ADMIN, Roles.PRACTITIONER})
public class StatisticsResource {

    static final String ROLES = " Roles: iom-analyst, iom-oversight, iom-admin (every scheme); iom-practitioner (only"
            + " the schemes in the token's `schemes` claim). Counts below the suppression threshold (default 5) are"
            + " null and named in the row's `suppressed` array, with every share computed from them and a few"
            + " complementary figures that would reveal them. `Accept: text/csv` returns the same table as CSV.";

    static final String GROUP_BY = "Grouping level: scheme, force, region, cohort or nation (default nation)";
    static final String SCHEME_ID = "Only these schemes (repeat the parameter for several, at most 100)";
    static final String FORCE = "Only the schemes of this police force";
    static final String REGION = "Only the schemes of this probation region";
    static final String COHORT = "Only cases of this cohort";

    @Inject
    StatisticsService service;

    @Inject
    AppClock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("/caseload")
    @Operation(operationId = "getCaseloadStatistics", summary = "People managed on a date, selected and exited in a period",
            description = "Active: selected on or before asOf and not exited on or before it. Selected and exited: "
                    + "the selection or exit date lies in from..to (inclusive). Defaults: asOf today, to = asOf, from "
                    + "= a year before to." + ROLES)
    @APIResponse(responseCode = "200", description = "One row per group",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseloadStatistics.class), examples = @ExampleObject(
                    name = "by force", value = """
                    {"asOf":"2026-11-25","from":"2025-11-26","to":"2026-11-25","groupBy":"FORCE",\
                    "filters":{"schemeId":null,"policeForceId":null,"probationRegionCode":"N52","cohort":null},\
                    "suppressionThreshold":5,"rows":[\
                    {"group":"staffordshire","label":"Staffordshire Police","active":212,"selected":64,"exited":null,"suppressed":["exited"]},\
                    {"group":"west-midlands","label":"West Midlands Police","active":1045,"selected":301,"exited":288,"suppressed":[]}]}""")),
                    @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                            maxLength = 10000000), examples = @ExampleObject(name = "by force as CSV", value = """
                    group,label,active,selected,exited,suppressed\r
                    staffordshire,Staffordshire Police,212,64,,exited\r
                    west-midlands,West Midlands Police,1045,301,288,\r
                    """))})
    public CaseloadStatistics caseload(
            @Parameter(description = "Day the active caseload is counted on (default today)", example = "2026-11-25", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf,
            @Parameter(description = "First day of the selection/exit period (default a year before to)",
                    example = "2025-11-26", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day of the selection/exit period (default asOf)", example = "2026-11-25", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = GROUP_BY, schema = @Schema(type = SchemaType.STRING, enumeration = {"SCHEME", "FORCE", "REGION", "COHORT", "NATION"}, defaultValue = "NATION")) @QueryParam("groupBy") String groupBy,
            @Parameter(description = SCHEME_ID, schema = @Schema(type = SchemaType.ARRAY, maxItems = 100,
                    implementation = java.util.UUID.class)) @QueryParam("schemeId") List<String> schemeId,
            @Parameter(description = FORCE, example = "west-midlands", schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z-]{1,40}$"))
            @QueryParam("policeForceId") String policeForceId,
            @Parameter(description = REGION, example = "N52", schema = @Schema(type = SchemaType.STRING, maxLength = 3, pattern = "^N[0-9]{2}$"))
            @QueryParam("probationRegionCode") String probationRegionCode,
            @Parameter(description = COHORT, schema = @Schema(type = SchemaType.STRING, enumeration = {"FIXED", "FLEX", "FREE"}))
            @QueryParam("cohort") String cohort) {
        return service.caseload(request(Kind.CASELOAD));
    }

    @GET
    @Path("/outcomes")
    @Operation(operationId = "getOutcomeStatistics", summary = "Reoffending outcomes of the cases reviewed in a period",
            description = "Each case counts once: its latest outcome review with a review date in from..to "
                    + "(inclusive), ignoring any review that another review supersedes. Shares are fractions of the "
                    + "cases reviewed. Defaults: to today, from a year before to." + ROLES)
    @APIResponse(responseCode = "200", description = "One row per group",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutcomeStatistics.class), examples = @ExampleObject(
                    name = "national", value = """
                    {"from":"2025-11-26","to":"2026-11-25","groupBy":"NATION","filters":{"schemeId":null,\
                    "policeForceId":null,"probationRegionCode":null,"cohort":null},"suppressionThreshold":5,"rows":[\
                    {"group":"national","label":"England and Wales","casesReviewed":640,"frequencyReduced":160,\
                    "frequencyReducedShare":0.25,"frequencyStayedTheSame":384,"frequencyStayedTheSameShare":0.6,\
                    "frequencyIncreased":96,"frequencyIncreasedShare":0.15,"seriousnessReduced":128,\
                    "seriousnessReducedShare":0.2,"seriousnessStayedTheSame":448,"seriousnessStayedTheSameShare":0.7,\
                    "seriousnessIncreased":64,"seriousnessIncreasedShare":0.1,"provenReoffending":192,\
                    "provenReoffendingRate":0.3,"suppressed":[]}]}""")),
                    @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                            maxLength = 10000000), examples = @ExampleObject(name = "national as CSV", value = """
                    group,label,casesReviewed,frequencyReduced,frequencyReducedShare,frequencyStayedTheSame,frequencyStayedTheSameShare,frequencyIncreased,frequencyIncreasedShare,seriousnessReduced,seriousnessReducedShare,seriousnessStayedTheSame,seriousnessStayedTheSameShare,seriousnessIncreased,seriousnessIncreasedShare,provenReoffending,provenReoffendingRate,suppressed\r
                    national,England and Wales,640,160,0.25,384,0.6,96,0.15,128,0.2,448,0.7,64,0.1,192,0.3,\r
                    """))})
    public OutcomeStatistics outcomes(
            @Parameter(description = "First day of the period (default a year before to)", example = "2025-11-26", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last day of the period (default today)", example = "2026-11-25", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = GROUP_BY, schema = @Schema(type = SchemaType.STRING, enumeration = {"SCHEME", "FORCE", "REGION", "COHORT", "NATION"}, defaultValue = "NATION")) @QueryParam("groupBy") String groupBy,
            @Parameter(description = SCHEME_ID, schema = @Schema(type = SchemaType.ARRAY, maxItems = 100,
                    implementation = java.util.UUID.class)) @QueryParam("schemeId") List<String> schemeId,
            @Parameter(description = FORCE, example = "west-midlands", schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z-]{1,40}$"))
            @QueryParam("policeForceId") String policeForceId,
            @Parameter(description = REGION, example = "N52", schema = @Schema(type = SchemaType.STRING, maxLength = 3, pattern = "^N[0-9]{2}$"))
            @QueryParam("probationRegionCode") String probationRegionCode,
            @Parameter(description = COHORT, schema = @Schema(type = SchemaType.STRING, enumeration = {"FIXED", "FLEX", "FREE"}))
            @QueryParam("cohort") String cohort) {
        return service.outcomes(request(Kind.OUTCOMES));
    }

    @GET
    @Path("/needs")
    @Operation(operationId = "getNeedsStatistics", summary = "Needs profile of the active cases, for commissioning",
            description = "For the cases active on asOf, each case's latest needs assessment on or before asOf: per "
                    + "group and need area, how many have no need, a standard or a severe need, and the shares of the "
                    + "assessed cases. One row per group and need area. Default: asOf today." + ROLES)
    @APIResponse(responseCode = "200", description = "Ten rows (one per need area) per group",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NeedsStatistics.class), examples = @ExampleObject(
                    name = "national", value = """
                    {"asOf":"2026-11-25","groupBy":"NATION","filters":{"schemeId":null,"policeForceId":null,\
                    "probationRegionCode":null,"cohort":null},"suppressionThreshold":5,"rows":[\
                    {"group":"national","label":"England and Wales","needArea":"ACCOMMODATION","activeCases":5200,\
                    "assessed":5000,"noNeed":2500,"noNeedShare":0.5,"standard":1750,"standardShare":0.35,\
                    "severe":750,"severeShare":0.15,"suppressed":[]}]}""")),
                    @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                            maxLength = 10000000), examples = @ExampleObject(name = "national as CSV", value = """
                    group,label,needArea,activeCases,assessed,noNeed,noNeedShare,standard,standardShare,severe,severeShare,suppressed\r
                    national,England and Wales,ACCOMMODATION,5200,5000,2500,0.5,1750,0.35,750,0.15,\r
                    """))})
    public NeedsStatistics needs(
            @Parameter(description = "Day the active cases and their latest assessments are taken on (default today)",
                    example = "2026-11-25", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Parameter(description = GROUP_BY, schema = @Schema(type = SchemaType.STRING, enumeration = {"SCHEME", "FORCE", "REGION", "COHORT", "NATION"}, defaultValue = "NATION")) @QueryParam("groupBy") String groupBy,
            @Parameter(description = SCHEME_ID, schema = @Schema(type = SchemaType.ARRAY, maxItems = 100,
                    implementation = java.util.UUID.class)) @QueryParam("schemeId") List<String> schemeId,
            @Parameter(description = FORCE, example = "west-midlands", schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z-]{1,40}$"))
            @QueryParam("policeForceId") String policeForceId,
            @Parameter(description = REGION, example = "N52", schema = @Schema(type = SchemaType.STRING, maxLength = 3, pattern = "^N[0-9]{2}$"))
            @QueryParam("probationRegionCode") String probationRegionCode,
            @Parameter(description = COHORT, schema = @Schema(type = SchemaType.STRING, enumeration = {"FIXED", "FLEX", "FREE"}))
            @QueryParam("cohort") String cohort) {
        return service.needs(request(Kind.NEEDS));
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCoverageStatistics", summary = "How many schemes and forces measure impact",
            description = "A scheme measures impact when, of its cases active on asOf, at least minShare (default "
                    + "0.5) have an outcome review (not superseded) dated in the last `months` months up to asOf "
                    + "(default 12). A force measures impact when that holds over all its schemes in scope together. "
                    + "Only active schemes count. The national row without filters counts every one of the 43 "
                    + "forces, with or without a scheme: the live version of \"14 of 43 forces measure impact\". "
                    + "Scheme and force counts are not suppressed (they are organisations, not people); case counts "
                    + "are. Grouping by cohort is not offered (filter by cohort instead)." + ROLES)
    @APIResponse(responseCode = "200", description = "One row per group",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CoverageStatistics.class), examples = @ExampleObject(
                    name = "national", value = """
                    {"asOf":"2026-11-25","months":12,"from":"2025-11-26","to":"2026-11-25","minShare":0.5,\
                    "groupBy":"NATION","filters":{"schemeId":null,"policeForceId":null,"probationRegionCode":null,\
                    "cohort":null},"suppressionThreshold":5,"rows":[{"group":"national","label":"England and Wales",\
                    "schemes":125,"schemesMeasuring":40,"forces":43,"forcesMeasuring":14,"activeCases":52000,\
                    "casesReviewed":20800,"reviewedShare":0.4,"suppressed":[]}]}""")),
                    @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                            maxLength = 10000000), examples = @ExampleObject(name = "national as CSV", value = """
                    group,label,schemes,schemesMeasuring,forces,forcesMeasuring,activeCases,casesReviewed,reviewedShare,suppressed\r
                    national,England and Wales,125,40,43,14,52000,20800,0.4,\r
                    """))})
    public CoverageStatistics coverage(
            @Parameter(description = "Day the active cases are counted on and the window ends (default today)",
                    example = "2026-11-25", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf,
            @Parameter(description = "Length of the window in months, 1 to 120 (default 12)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "120", defaultValue = "12"))
            @QueryParam("months") String months,
            @Parameter(description = "Share of active cases that must have a review in the window, more than 0 and at "
                    + "most 1 (default 0.5)", schema = @Schema(type = SchemaType.NUMBER, minimum = "0",
                    exclusiveMinimum = true, maximum = "1", defaultValue = "0.5")) @QueryParam("minShare") String minShare,
            @Parameter(description = "Grouping level: scheme, force, region or nation (default nation)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"SCHEME", "FORCE", "REGION", "NATION"}, defaultValue = "NATION"))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = SCHEME_ID, schema = @Schema(type = SchemaType.ARRAY, maxItems = 100,
                    implementation = java.util.UUID.class)) @QueryParam("schemeId") List<String> schemeId,
            @Parameter(description = FORCE, example = "west-midlands", schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z-]{1,40}$"))
            @QueryParam("policeForceId") String policeForceId,
            @Parameter(description = REGION, example = "N52", schema = @Schema(type = SchemaType.STRING, maxLength = 3, pattern = "^N[0-9]{2}$"))
            @QueryParam("probationRegionCode") String probationRegionCode,
            @Parameter(description = COHORT, schema = @Schema(type = SchemaType.STRING, enumeration = {"FIXED", "FLEX", "FREE"}))
            @QueryParam("cohort") String cohort) {
        return service.coverage(request(Kind.COVERAGE));
    }

    private StatisticsRequest request(Kind kind) {
        return StatisticsRequest.parse(kind, uri.getQueryParameters(), clock.today());
    }
}
