package org.iom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.iom.client.ApiClient;
import org.iom.client.ApiException;
import org.iom.client.ApiResponse;
import org.iom.client.api.AccessLogApi;
import org.iom.client.api.CasesApi;
import org.iom.client.api.InspectionsApi;
import org.iom.client.api.NeedsAssessmentsApi;
import org.iom.client.api.OutcomeReviewsApi;
import org.iom.client.api.OversightApi;
import org.iom.client.api.RecommendationsApi;
import org.iom.client.api.ReferenceDataApi;
import org.iom.client.api.SchemesApi;
import org.iom.client.api.StatisticsApi;
import org.iom.client.model.AuditEventPage;
import org.iom.client.model.CaseExit;
import org.iom.client.model.CaseNeeds;
import org.iom.client.model.CasePage;
import org.iom.client.model.CaseRag;
import org.iom.client.model.CaseStatus;
import org.iom.client.model.CaseloadRow;
import org.iom.client.model.CaseloadStatistics;
import org.iom.client.model.Cohort;
import org.iom.client.model.ExitReason;
import org.iom.client.model.Inspection;
import org.iom.client.model.InspectionKind;
import org.iom.client.model.InspectionTracking;
import org.iom.client.model.Inspectorate;
import org.iom.client.model.LeadAgency;
import org.iom.client.model.ModelCase;
import org.iom.client.model.NeedSeverity;
import org.iom.client.model.NewCase;
import org.iom.client.model.NewInspection;
import org.iom.client.model.NewNeedsAssessment;
import org.iom.client.model.NewOutcomeReview;
import org.iom.client.model.NewRecommendation;
import org.iom.client.model.NewRecommendationResponse;
import org.iom.client.model.NewRecommendationStatusChange;
import org.iom.client.model.NewRecommendationUpdate;
import org.iom.client.model.Needs;
import org.iom.client.model.NewScheme;
import org.iom.client.model.OutcomeReview;
import org.iom.client.model.OversightSummary;
import org.iom.client.model.PoliceForce;
import org.iom.client.model.PoliceForceName;
import org.iom.client.model.Problem;
import org.iom.client.model.ProbationRegion;
import org.iom.client.model.Recommendation;
import org.iom.client.model.RecommendationKind;
import org.iom.client.model.RecommendationStatus;
import org.iom.client.model.ReoffendingTrend;
import org.iom.client.model.ResponseDecision;
import org.iom.client.model.RiskOfSeriousHarm;
import org.iom.client.model.Scheme;
import org.iom.client.model.SchemeSetting;
import org.iom.client.model.SelectionReason;
import org.junit.jupiter.api.Test;

/**
 * A working day on the IOM service, driven ONLY through the Java client generated from the committed contract by
 * this project ({@code clients/java}: {@code openapi-generator-maven-plugin}, packages {@code org.iom.client.*}),
 * against the packaged service ({@link ServiceUnderTest}: {@code java -jar target/quarkus-app/quarkus-run.jar}). If
 * the contract and the service disagree (a path, a parameter, a field name or type, a status), this test fails to
 * compile or to run, which is the point: integrators use exactly this client. No hand-written HTTP or JSON; only the
 * bearer tokens come from test support.
 *
 * <p>Each actor has its own {@link ApiClient} with its own token. The client's JSON mapper is made strict
 * (unknown properties fail), so an undocumented field in any answer fails the day.
 *
 * <p>The day, one step method each, in this order:
 * <ol>
 *   <li>the admin looks up the force and region a new scheme will belong to;</li>
 *   <li>every role can read reference data; a renamed force keeps its former names;</li>
 *   <li>an unknown force is a 404 problem the client can read;</li>
 *   <li>admin creates a scheme for the force and region found in step 1 (201, ETag), and reads it back;</li>
 *   <li>a practitioner of that scheme (token with its code in {@code schemes}) selects two cases (CRNs random),
 *       pages through the scheme's cases with {@code limit=1} following {@code nextCursor};</li>
 *   <li>the practitioner records needs and a first outcome review on one case, using the ETag in If-Match; a stale
 *       ETag gives 412 and a missing one 428 (read the Problem);</li>
 *   <li>a practitioner of ANOTHER scheme cannot see those cases (404/403 as the contract says);</li>
 *   <li>the analyst reads statistics for the scheme, its force, its region and nationally; the counts include the
 *       two cases; the analyst cannot read case-level data;</li>
 *   <li>the inspector adds an inspection and two recommendations (one with a live figure);</li>
 *   <li>the oversight group records a response to a recommendation, records progress, then closes it (allowed
 *       transitions only; an illegal one is 409 with {@code allowed});</li>
 *   <li>the practitioner exits one case; the statistics change accordingly;</li>
 *   <li>oversight reads the oversight summary: the inspection, its recommendations and their states;</li>
 *   <li>the auditor reads the s62 access log and finds the practitioner's reads of the case.</li>
 * </ol>
 */
class GeneratedClientDayTest {

    final ServiceUnderTest service = ServiceUnderTest.started();

    ApiClient as(String role, String... schemeCodes) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.baseUri());
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        String bearer = service.bearer(role, schemeCodes);
        client.setRequestInterceptor(request -> request.header("Authorization", bearer));
        return client;
    }

    @Test
    void aDayOnTheService() throws Exception {
        Day day = new Day();
        day.adminLooksUpWhereTheSchemeWillBe();
        day.everyRoleReadsReferenceData();
        day.anUnknownForceIsAProblem();
        day.adminCreatesTheScheme();
        day.practitionerSelectsTwoCasesAndPagesThroughThem();
        day.practitionerRecordsNeedsAndAReview();
        day.anotherSchemesPractitionerCannotSeeTheCases();
        day.analystReadsStatistics();
        day.inspectorAddsAnInspectionAndTwoRecommendations();
        day.oversightRecordsAResponseProgressAndClosure();
        day.practitionerExitsACase();
        day.oversightReadsTheSummary();
        day.auditorFindsThePractitionersReads();
    }

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    /** The ETag response header, whatever its case. */
    static String etag(ApiResponse<?> response) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                .map(e -> e.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no ETag"));
    }

    static String randomCode() {
        return "DAY" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    static String randomCrn() {
        return "D" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** The state a day builds up, step by step (later steps use what earlier ones created). */
    final class Day {
        final ApiClient adminClient = as(Roles.ADMIN);
        final ReferenceDataApi admin = new ReferenceDataApi(adminClient);
        PoliceForce force;
        ProbationRegion region;

        Scheme scheme;
        ApiClient practitionerClient;
        final List<ModelCase> cases = new ArrayList<>();
        Inspection inspection;
        Recommendation first;
        Recommendation second;

        void adminCreatesTheScheme() throws ApiException {
            SchemesApi schemes = new SchemesApi(adminClient);
            ApiResponse<Scheme> created = schemes.createSchemeWithHttpInfo(new NewScheme().code(randomCode())
                    .name("Day scheme").policeForceId(force.getId()).probationRegionCode(region.getCode())
                    .launchedOn(TODAY.minusYears(1)).setting(SchemeSetting.URBAN).cohorts(List.of(Cohort.FIXED, Cohort.FLEX))
                    .coLocated(true).sharedCaseSystem(false), null);
            assertEquals(201, created.getStatusCode());
            scheme = created.getData();
            assertTrue(etag(created).matches("\"[0-9]+\""), etag(created));
            Scheme read = new SchemesApi(as(Roles.ANALYST)).getScheme(scheme.getId());
            assertEquals(scheme.getCode(), read.getCode());
            assertEquals("west-midlands", read.getPoliceForceId());
            practitionerClient = as(Roles.PRACTITIONER, scheme.getCode());
        }

        void practitionerSelectsTwoCasesAndPagesThroughThem() throws ApiException {
            CasesApi practitioner = new CasesApi(practitionerClient);
            for (int i = 0; i < 2; i++) {
                ApiResponse<ModelCase> selected = practitioner.selectCaseWithHttpInfo(new NewCase()
                        .schemeId(scheme.getId()).crn(randomCrn()).cohort(Cohort.FIXED).selectedOn(TODAY.minusDays(90))
                        .selectionReason(SelectionReason.BURGLARY).riskOfSeriousHarm(RiskOfSeriousHarm.HIGH)
                        .leadAgency(LeadAgency.JOINT).rag(CaseRag.AMBER), null, null, null);
                assertEquals(201, selected.getStatusCode());
                assertEquals(CaseStatus.ACTIVE, selected.getData().getStatus());
                cases.add(selected.getData());
            }
            List<java.util.UUID> seen = new ArrayList<>();
            String cursor = null;
            do {
                CasePage page = practitioner.listCases(null, null, null, null, cursor, null, 1, null, null, null,
                        null, null, null, scheme.getId(), null, null, null, null, null, null);
                assertTrue(page.getItems().size() <= 1);
                page.getItems().forEach(c -> seen.add(c.getId()));
                cursor = page.getNextCursor();
            } while (cursor != null && seen.size() < 5);
            assertEquals(2, seen.size(), "two pages of one case each, then no cursor");
            assertTrue(seen.containsAll(cases.stream().map(ModelCase::getId).toList()));
        }

        void practitionerRecordsNeedsAndAReview() throws Exception {
            NeedsAssessmentsApi needs = new NeedsAssessmentsApi(practitionerClient);
            java.util.UUID caseId = cases.get(0).getId();
            String none = etag(needs.getCaseNeedsWithHttpInfo(caseId, null, null));
            assertEquals("\"0\"", none);
            Map<String, NeedSeverity> areas = new LinkedHashMap<>();
            for (String area : List.of("ACCOMMODATION", "EDUCATION_TRAINING_AND_EMPLOYABILITY",
                    "FINANCIAL_MANAGEMENT_AND_INCOME", "RELATIONSHIPS", "LIFESTYLE_AND_ASSOCIATES", "DRUG_MISUSE",
                    "ALCOHOL_MISUSE", "EMOTIONAL_WELL_BEING", "THINKING_AND_BEHAVIOUR", "ATTITUDES")) {
                areas.put(area, area.equals("DRUG_MISUSE") ? NeedSeverity.SEVERE : NeedSeverity.STANDARD);
            }
            // Needs is an object of ten named, required properties (ADR 0029): the map of areas converts to it.
            Needs tenAreas = practitionerClient.getObjectMapper().convertValue(areas, Needs.class);
            NewNeedsAssessment assessment = new NewNeedsAssessment().assessedOn(TODAY.minusDays(60)).needs(tenAreas);
            CaseNeeds recorded = needs.recordCaseNeeds(caseId, none, assessment, null, null, null);
            assertEquals(NeedSeverity.SEVERE, recorded.getCurrent().getNeeds().getDRUGMISUSE());
            assertEquals(1, recorded.getHistory().size());
            ApiException stale = assertThrows(ApiException.class,
                    () -> needs.recordCaseNeeds(caseId, none, assessment, null, null, null));
            assertEquals(412, stale.getCode());
            assertEquals(412, practitionerClient.getObjectMapper().readValue(stale.getResponseBody(), Problem.class)
                    .getStatus());

            ApiResponse<OutcomeReview> review = new OutcomeReviewsApi(practitionerClient).addOutcomeReviewWithHttpInfo(
                    caseId, new NewOutcomeReview().reviewedOn(TODAY).periodFrom(TODAY.minusDays(90))
                            .periodTo(TODAY.minusDays(1)).frequency(ReoffendingTrend.REDUCED)
                            .seriousness(ReoffendingTrend.STAYED_THE_SAME).provenReoffending(false), null, null, null);
            assertEquals(201, review.getStatusCode());
            assertEquals(1, new OutcomeReviewsApi(practitionerClient).listOutcomeReviews(caseId, null, null, null, null)
                    .getItems().size());
        }

        void anotherSchemesPractitionerCannotSeeTheCases() {
            CasesApi stranger = new CasesApi(as(Roles.PRACTITIONER, randomCode()));
            ApiException e = assertThrows(ApiException.class, () -> stranger.getCase(cases.get(0).getId(), null, null));
            assertEquals(404, e.getCode());
        }

        void analystReadsStatistics() throws ApiException {
            ApiClient analystClient = as(Roles.ANALYST);
            CaseloadStatistics bySchemeOnly = new StatisticsApi(analystClient).getCaseloadStatistics(null, null, null,
                    "SCHEME", null, null, List.of(scheme.getId()), null);
            assertEquals(1, bySchemeOnly.getRows().size());
            CaseloadRow row = bySchemeOnly.getRows().get(0);
            assertEquals(scheme.getId().toString(), row.getGroup());
            assertTrue(row.getActive() == null ? row.getSuppressed().contains("active") : row.getActive() == 2L,
                    "two active cases: counted, or withheld as a small number");
            for (String level : List.of("FORCE", "REGION", "NATION")) {
                CaseloadStatistics wider = new StatisticsApi(analystClient).getCaseloadStatistics(null, null, null,
                        level, null, null, null, null);
                assertTrue(!wider.getRows().isEmpty(), level);
            }
            ApiException e = assertThrows(ApiException.class, () -> new CasesApi(analystClient).listCases(null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null));
            assertEquals(403, e.getCode());
        }

        void inspectorAddsAnInspectionAndTwoRecommendations() throws ApiException {
            ApiClient inspectorClient = as(Roles.INSPECTOR);
            InspectionsApi inspections = new InspectionsApi(inspectorClient);
            ApiResponse<Inspection> created = inspections.createInspectionWithHttpInfo(new NewInspection()
                    .title("Day inspection " + randomCode()).inspectorates(new LinkedHashSet<>(List.of(Inspectorate.HMI_PROBATION,
                            Inspectorate.HMICFRS))).kind(InspectionKind.THEMATIC).publishedOn(TODAY.minusDays(30)), null);
            assertEquals(201, created.getStatusCode());
            inspection = created.getData();
            first = inspections.addRecommendation(inspection.getId(), new NewRecommendation().number("1")
                    .kind(RecommendationKind.RECOMMENDATION).text("Measure the impact of IOM")
                    .addressees(List.of("HMPPS")).targetDate(TODAY.plusMonths(6)), null);
            second = inspections.addRecommendation(inspection.getId(), new NewRecommendation().number("2")
                    .kind(RecommendationKind.RECOMMENDATION).text("Report how many forces measure impact")
                    .addressees(List.of("Home Office")).evidenceFigure("statistics.coverage.forces"), null);
            assertEquals(RecommendationStatus.OPEN, first.getStatus());
            assertEquals("statistics.coverage.forces", second.getEvidenceFigure());
            assertEquals(2L, new InspectionsApi(as(Roles.ANALYST)).getInspection(inspection.getId())
                    .getRecommendationCount());
        }

        void oversightRecordsAResponseProgressAndClosure() throws ApiException {
            ApiClient oversightClient = as(Roles.OVERSIGHT);
            RecommendationsApi recommendations = new RecommendationsApi(oversightClient);
            String etag = etag(recommendations.getRecommendationWithHttpInfo(first.getId()));
            ApiResponse<Recommendation> responded = recommendations.recordRecommendationResponseWithHttpInfo(
                    first.getId(), etag, new NewRecommendationResponse().decision(ResponseDecision.AGREED)
                            .decidedOn(TODAY.minusDays(1)).rationale("Agreed: an evaluation will be commissioned."), null);
            assertEquals(ResponseDecision.AGREED, responded.getData().getResponse().getDecision());
            etag = etag(recommendations.getRecommendationWithHttpInfo(first.getId()));
            recommendations.addRecommendationUpdate(first.getId(), new NewRecommendationUpdate(
                    new NewRecommendationStatusChange().type(NewRecommendationStatusChange.TypeEnum.STATUS_CHANGE)
                            .status(RecommendationStatus.IN_PROGRESS).note("Started")), null, etag);
            String inProgress = etag(recommendations.getRecommendationWithHttpInfo(first.getId()));
            ApiException illegal = assertThrows(ApiException.class, () -> recommendations.addRecommendationUpdate(
                    first.getId(), new NewRecommendationUpdate(new NewRecommendationStatusChange()
                            .type(NewRecommendationStatusChange.TypeEnum.STATUS_CHANGE).status(RecommendationStatus.OPEN)),
                    null, inProgress));
            assertEquals(409, illegal.getCode());
            recommendations.addRecommendationUpdate(first.getId(), new NewRecommendationUpdate(
                    new NewRecommendationStatusChange().type(NewRecommendationStatusChange.TypeEnum.STATUS_CHANGE)
                            .status(RecommendationStatus.IMPLEMENTED).evidence("Evaluation published")), null, inProgress);
            Recommendation closed = recommendations.getRecommendation(first.getId());
            assertEquals(RecommendationStatus.IMPLEMENTED, closed.getStatus());
            assertTrue(recommendations.listRecommendationUpdates(first.getId(), null, null).getItems().size() >= 2);
        }

        void practitionerExitsACase() throws ApiException {
            CasesApi practitioner = new CasesApi(practitionerClient);
            ModelCase c = cases.get(1);
            String etag = etag(practitioner.getCaseWithHttpInfo(c.getId(), null, null));
            ModelCase exited = practitioner.exitCase(c.getId(), etag, new CaseExit().exitedOn(TODAY)
                    .reason(ExitReason.RISK_REDUCED), null, null, null);
            assertEquals(CaseStatus.EXITED, exited.getStatus());
            CaseloadStatistics after = new StatisticsApi(as(Roles.ANALYST)).getCaseloadStatistics(null, null, null,
                    "SCHEME", null, null, List.of(scheme.getId()), null);
            CaseloadRow row = after.getRows().get(0);
            assertTrue(row.getActive() == null ? row.getSuppressed().contains("active") : row.getActive() == 1L,
                    "one active case left: counted, or withheld as a small number");
        }

        void oversightReadsTheSummary() throws ApiException {
            OversightSummary summary = new OversightApi(as(Roles.OVERSIGHT)).getOversightSummary(null,
                    inspection.getId(), null, null, null);
            assertEquals(1, summary.getInspections().size());
            InspectionTracking tracking = summary.getInspections().get(0);
            assertEquals(inspection.getId(), tracking.getInspectionId());
            assertEquals(2L, tracking.getCounts().getByStatus().getTotal());
            assertEquals(1L, tracking.getCounts().getByStatus().getImplemented());
            assertEquals(1L, tracking.getCounts().getByStatus().getOpen());
        }

        void auditorFindsThePractitionersReads() throws ApiException {
            AuditEventPage page = new AccessLogApi(as(Roles.AUDITOR)).listAuditEvents(null, null,
                    cases.get(0).getId(), null, null, 200, null);
            assertTrue(!page.getItems().isEmpty(), "the practitioner's reads of the case are logged");
        }

        void adminLooksUpWhereTheSchemeWillBe() throws ApiException {
            List<PoliceForce> forces = admin.listPoliceForces().getItems();
            assertEquals(43, forces.size());
            force = admin.getPoliceForce("west-midlands");
            assertEquals("West Midlands Police", force.getName());
            assertEquals(PoliceForce.CountryEnum.ENGLAND, force.getCountry());
            assertTrue(forces.stream().anyMatch(f -> f.getId().equals(force.getId())));
            region = admin.getProbationRegion("N52");
            assertEquals("West Midlands", region.getName());
            assertEquals(12, admin.listProbationRegions().getItems().size());
        }

        void everyRoleReadsReferenceData() throws ApiException {
            for (String role : Roles.ALL) {
                assertEquals(12, new ReferenceDataApi(as(role)).listProbationRegions().getItems().size(), role);
            }
            PoliceForce hampshire = new ReferenceDataApi(as(Roles.ANALYST)).getPoliceForce("hampshire");
            List<PoliceForceName> names = hampshire.getNames();
            assertEquals(List.of("Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"),
                    names.stream().map(PoliceForceName::getName).toList());
            assertEquals(LocalDate.of(2022, 1, 1), names.get(1).getValidFrom());
            assertNull(names.get(1).getValidTo(), "the current name has no end date");
        }

        void anUnknownForceIsAProblem() throws Exception {
            ApiException e = assertThrows(ApiException.class, () -> admin.getPoliceForce("atlantis"));
            assertEquals(404, e.getCode());
            Problem problem = adminClient.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            assertEquals(404, problem.getStatus());
            assertEquals("/v1/police-forces/atlantis", problem.getInstance());
        }
    }
}
