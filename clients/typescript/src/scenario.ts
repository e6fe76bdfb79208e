// A typed client's day on the IOM service, written the way a TypeScript team would use the contract: types generated
// from openapi/iom-api.yaml by openapi-typescript, calls made with openapi-fetch. It reads the answers as typed, with
// no cast and no non-null assertion (no-casts.mjs checks), so it compiles only while the contract promises every field
// it reads (strict tsc). It runs against a live service: IOM_BASE_URL and IOM_TOKEN (an iom-admin bearer token).
// TypeScriptClientTest runs it against the service under test.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/iom-api.js";

type Schemas = components["schemas"];

const baseUrl = required("IOM_BASE_URL");
const token = required("IOM_TOKEN");

// The media types this client reads as JSON: answers are application/json, errors application/problem+json. The
// operations that can also answer CSV are then typed by their JSON answer (data.items, no union with string); CSV is
// read with Accept: text/csv and parseAs: "text".
const api = createClient<paths, "application/json" | "application/problem+json">({
  baseUrl,
  headers: { Authorization: `Bearer ${token}` },
});

const unique = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`.padStart(9, "0");
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set`);
  }
  return value;
}

/** The data of a successful answer; otherwise the problem, as an error. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`check failed: ${what}`);
  }
}

function header(response: Response, name: string): string {
  const value = response.headers.get(name);
  if (value === null) {
    throw new Error(`no ${name} header on ${response.url}`);
  }
  return value;
}

function first<T>(items: T[], what: string): T {
  const item = items[0];
  if (item === undefined) {
    throw new Error(`${what}: empty`);
  }
  return item;
}

async function referenceData(): Promise<{ force: Schemas["PoliceForce"]; region: Schemas["ProbationRegion"] }> {
  const forces = ok(await api.GET("/v1/police-forces"), "police forces");
  const force = forces.items.find((f) => f.id === "west-midlands");
  const regions = ok(await api.GET("/v1/probation-regions"), "probation regions");
  const region = regions.items.find((r) => r.code === "N52");
  if (force === undefined || region === undefined) {
    throw new Error("west-midlands or N52 missing from the reference data");
  }
  const currentName = force.names.find((n) => n.validTo === null);
  check(currentName?.name === force.name, "the current name has no validTo");
  return { force, region };
}

async function schemes(forceId: string, regionCode: string): Promise<Schemas["Scheme"]> {
  const body: Schemas["NewScheme"] = {
    code: `TS-${unique}`, name: `TypeScript scheme ${unique}`, policeForceId: forceId,
    probationRegionCode: regionCode, launchedOn: daysAgo(400), setting: "URBAN", cohorts: ["FIXED", "FLEX"],
    coLocated: true, sharedCaseSystem: false, contact: { name: "IOM hub" },
  };
  const key = `ts-scheme-${unique}`;
  const created = await api.POST("/v1/schemes", { body, params: { header: { "Idempotency-Key": key } } });
  const scheme = ok(created, "create scheme");
  check(created.response.status === 201, "a scheme is created with 201");
  const replay = await api.POST("/v1/schemes", { body, params: { header: { "Idempotency-Key": key } } });
  check(ok(replay, "replay").id === scheme.id && header(replay.response, "Idempotent-Replayed") === "true",
      "the same Idempotency-Key replays the first answer");
  const code: string = scheme.code;
  const cohorts: Schemas["Cohort"][] = scheme.cohorts;
  const contactName: string | null = scheme.contact === null ? null : scheme.contact.name;
  check(code === body.code && cohorts.length === 2 && contactName === "IOM hub" && scheme.contact?.email === null,
      "the scheme reads back as sent, unsent contact parts null");
  const read = await api.GET("/v1/schemes/{schemeId}", { params: { path: { schemeId: scheme.id } } });
  const patched = ok(await api.PATCH("/v1/schemes/{schemeId}", {
    params: { path: { schemeId: scheme.id }, header: { "If-Match": header(read.response, "ETag") } },
    body: { name: `TypeScript scheme ${unique} (renamed)`, launchedOn: null },
  }), "patch scheme");
  check(patched.launchedOn === null && patched.name.endsWith("(renamed)"), "null clears launchedOn");
  const page = ok(await api.GET("/v1/schemes", { params: { query: { limit: 200 } } }), "list schemes");
  check(page.items.length > 0, "schemes listed");
  return patched;
}

async function cases(scheme: Schemas["Scheme"]): Promise<Schemas["Case"][]> {
  const made: Schemas["Case"][] = [];
  for (const n of [1, 2]) {
    const crn = `T${String((Number(unique) + n) % 1_000_000).padStart(6, "0")}`;
    made.push(ok(await api.POST("/v1/cases", {
      body: {
        schemeId: scheme.id, crn, cohort: "FIXED", selectedOn: daysAgo(90), selectionReason: "BURGLARY",
        riskOfSeriousHarm: "HIGH", leadAgency: "JOINT", rag: "AMBER", predictorScore: 60 + n,
      },
    }), "select case"));
  }
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const query: NonNullable<paths["/v1/cases"]["get"]["parameters"]["query"]> = {
      schemeId: scheme.id, limit: 1, includeTotal: true,
    };
    if (cursor !== null) {
      query.cursor = cursor;
    }
    const page: Schemas["CasePage"] = ok(await api.GET("/v1/cases", { params: { query } }), "list cases");
    check(page.total === 2, "includeTotal gives the total");
    page.items.forEach((c) => seen.push(c.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  check(seen.length === 2, "two pages of one case each");
  const one = first(made, "cases");
  const status: Schemas["CaseStatus"] = one.status;
  const reviewOverdue: boolean = one.reviewOverdue;
  const score: number | null = one.predictorScore;
  check(status === "ACTIVE" && !reviewOverdue && score === 61 && one.pncId === null, "the case reads as selected");
  return made;
}

async function importCsv(scheme: Schemas["Scheme"]): Promise<void> {
  // A request body of another media type: the string as it is, with its Content-Type (openapi-fetch JSON-encodes
  // bodies unless told otherwise).
  const crn = `U${String((Number(unique) + 7) % 1_000_000).padStart(6, "0")}`;
  const csv = "crn,pncId,cohort,selectedOn,selectionReason,riskOfSeriousHarm,predictorScore,leadAgency,policeLead,"
      + `probationLead,rag,nextReviewOn\r\n${crn},,FLEX,${daysAgo(30)},ROBBERY,MEDIUM,,POLICE,"Sgt 88 Jones, Solihull",,GREEN,\r\n`;
  const imported = await api.POST("/v1/case-imports", {
    params: { query: { schemeId: scheme.id } },
    body: csv, bodySerializer: (body: string) => body, headers: { "Content-Type": "text/csv" },
  });
  const report = ok(imported, "import");
  const status: Schemas["CaseImportStatus"] = report.status;
  const finishedAt: string | null = report.finishedAt;
  check(status === "COMPLETED" && report.imported === 1 && report.rejected.length === 0 && finishedAt !== null,
      "one case imported from CSV");
}

async function needsAndReviews(c: Schemas["Case"]): Promise<void> {
  const path = { caseId: c.id };
  const none = await api.GET("/v1/cases/{caseId}/needs", { params: { path } });
  check(ok(none, "needs").current === null, "no assessment yet");
  const needs: Schemas["Needs"] = {
    ACCOMMODATION: "STANDARD", EDUCATION_TRAINING_AND_EMPLOYABILITY: "NO_NEED", FINANCIAL_MANAGEMENT_AND_INCOME: "STANDARD",
    RELATIONSHIPS: "NO_NEED", LIFESTYLE_AND_ASSOCIATES: "STANDARD", DRUG_MISUSE: "SEVERE", ALCOHOL_MISUSE: "NO_NEED",
    EMOTIONAL_WELL_BEING: "STANDARD", THINKING_AND_BEHAVIOUR: "STANDARD", ATTITUDES: "NO_NEED",
  };
  const recorded = ok(await api.PUT("/v1/cases/{caseId}/needs", {
    params: { path, header: { "If-Match": header(none.response, "ETag") } },
    body: { assessedOn: daysAgo(60), needs },
  }), "record needs");
  const current = recorded.current;
  if (current === null) {
    throw new Error("no current assessment after recording one");
  }
  const drugs: Schemas["NeedSeverity"] = current.needs.DRUG_MISUSE;
  check(drugs === "SEVERE" && recorded.history.length === 1, "the assessment is current");
  const review = ok(await api.POST("/v1/cases/{caseId}/outcome-reviews", {
    params: { path },
    body: {
      reviewedOn: daysAgo(1), periodFrom: daysAgo(90), periodTo: daysAgo(2), frequency: "REDUCED",
      seriousness: "STAYED_THE_SAME", provenReoffending: false,
    },
  }), "add review");
  const reviews = ok(await api.GET("/v1/cases/{caseId}/outcome-reviews", { params: { path } }), "list reviews");
  const listed = first(reviews.items, "reviews");
  const frequency: Schemas["ReoffendingTrend"] = listed.frequency;
  check(listed.id === review.id && frequency === "REDUCED" && listed.supersededByReviewId === null,
      "the review is listed and stands");
}

async function inspectionsAndRecommendations(): Promise<Schemas["Recommendation"]> {
  const inspection = ok(await api.POST("/v1/inspections", {
    body: {
      title: `TypeScript inspection ${unique}`, inspectorates: ["HMI_PROBATION", "HMICFRS"], kind: "THEMATIC",
      publishedOn: daysAgo(30),
    },
  }), "create inspection");
  const inspectorates: Schemas["Inspectorate"][] = inspection.inspectorates;
  check(inspectorates.length === 2 && inspection.fieldworkFrom === null, "the inspection reads as sent");
  const recommendation = ok(await api.POST("/v1/inspections/{inspectionId}/recommendations", {
    params: { path: { inspectionId: inspection.id } },
    body: {
      number: "1", kind: "RECOMMENDATION", text: "Measure the impact of IOM", addressees: ["HMPPS"],
      owner: { organisation: "HMPPS" }, evidenceFigure: "statistics.coverage.forces",
    },
  }), "add recommendation");
  const owner = recommendation.owner;
  check(owner !== null && owner.organisation === "HMPPS" && owner.contact === null, "the owner reads as sent");
  const read = await api.GET("/v1/recommendations/{recommendationId}", {
    params: { path: { recommendationId: recommendation.id } },
  });
  const figure = ok(read, "get recommendation").evidenceFigureValue;
  check(figure !== null && figure.key === "statistics.coverage.forces" && typeof figure.value === "number",
      "a single recommendation carries its live figure");
  const responseDue: string = recommendation.responseDue;
  check(recommendation.status === "OPEN" && responseDue > recommendation.createdAt.slice(0, 10), "it starts OPEN");
  const updated = ok(await api.PATCH("/v1/recommendations/{recommendationId}", {
    params: { path: { recommendationId: recommendation.id }, header: { "If-Match": header(read.response, "ETag") } },
    body: { theme: "Measuring impact" },
  }), "patch recommendation");
  check(updated.theme === "Measuring impact", "the theme is set");
  const page = ok(await api.GET("/v1/recommendations", {
    params: { query: { inspectionId: inspection.id, includeTotal: true } },
  }), "list recommendations");
  check(page.total === 1 && first(page.items, "register").id === recommendation.id, "the register lists it");
  return updated;
}

async function timeline(recommendation: Schemas["Recommendation"]): Promise<void> {
  const path = { recommendationId: recommendation.id };
  const comment = await api.POST("/v1/recommendations/{recommendationId}/updates", {
    params: { path }, body: { type: "COMMENT", note: "Evaluation specification agreed." },
  });
  const entry = ok(comment, "comment");
  check(entry.type === "COMMENT" && entry.status === null, "a comment changes no status");
  const etag = header(comment.response, "Recommendation-ETag");
  const change = ok(await api.POST("/v1/recommendations/{recommendationId}/updates", {
    params: { path, header: { "If-Match": etag } }, body: { type: "STATUS_CHANGE", status: "IN_PROGRESS" },
  }), "status change");
  const previous: Schemas["RecommendationStatus"] | null = change.previousStatus;
  check(change.status === "IN_PROGRESS" && previous === "OPEN", "OPEN to IN_PROGRESS");
  const entries = ok(await api.GET("/v1/recommendations/{recommendationId}/updates", { params: { path } }), "timeline");
  check(entries.items.length === 2 && entries.nextCursor === null, "two entries, one page");
}

async function summary(): Promise<void> {
  const s = ok(await api.GET("/v1/oversight/summary"), "oversight summary");
  const inProgress: number = s.totals.byStatus.inProgress;
  check(inProgress >= 1 && s.inspections.length >= 1, "the summary counts the recommendation in progress");
  const tracked = s.inspections.find((i) => i.title === `TypeScript inspection ${unique}`);
  check(tracked !== undefined && tracked.counts.byStatus.inProgress === 1, "the inspection is tracked");
}

async function statistics(scheme: Schemas["Scheme"]): Promise<void> {
  const query: NonNullable<paths["/v1/statistics/caseload"]["get"]["parameters"]["query"]> = {
    schemeId: [scheme.id], groupBy: "SCHEME", asOf: today,
  };
  const caseload = ok(await api.GET("/v1/statistics/caseload", { params: { query } }), "caseload");
  const row = first(caseload.rows, "caseload rows");
  const active: number | null = row.active;
  const suppressed: string[] = row.suppressed;
  // Two cases are below the suppression threshold: the count is withheld (null) and named.
  check(active === null && suppressed.includes("active") && caseload.suppressionThreshold > 2,
      "small counts are suppressed");
  const coverage = ok(await api.GET("/v1/statistics/coverage", { params: { query: { minShare: 0.5 } } }), "coverage");
  const forces: number = first(coverage.rows, "coverage rows").forces;
  check(forces === 43, "43 territorial forces");
  ok(await api.GET("/v1/statistics/outcomes", { params: { query: { schemeId: [scheme.id] } } }), "outcomes");
  ok(await api.GET("/v1/statistics/needs", { params: { query: { schemeId: [scheme.id] } } }), "needs");
  // The same table as CSV: Accept text/csv, read as text.
  const csv = await api.GET("/v1/statistics/caseload", {
    params: { query }, headers: { Accept: "text/csv" }, parseAs: "text",
  });
  const text: string = ok(csv, "caseload CSV");
  const lines = text.trim().split(/\r\n/);
  check(header(csv.response, "Content-Type").startsWith("text/csv"), "answered as CSV");
  check(first(lines, "CSV").startsWith("group,label,active") && lines.length === 2, "a header and one row");
  const register = await api.GET("/v1/recommendations", {
    params: { query: { status: ["IN_PROGRESS"] } }, headers: { Accept: "text/csv" }, parseAs: "text",
  });
  check(ok(register, "register CSV").includes("Measure the impact of IOM"), "the register as CSV");
}

async function main(): Promise<void> {
  const { force, region } = await referenceData();
  const scheme = await schemes(force.id, region.code);
  const selected = await cases(scheme);
  await importCsv(scheme);
  await needsAndReviews(first(selected, "cases"));
  const recommendation = await inspectionsAndRecommendations();
  await timeline(recommendation);
  await summary();
  await statistics(scheme);
  console.log(`typescript scenario: passed (scheme ${scheme.code})`);
}

await main();
