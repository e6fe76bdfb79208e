-- The register starts with the inspection the service exists for (issue #20, ADR 0033). Runs in every profile.
--
-- 1. Inspections get the number of recommendations the report declares (so every view can say "3 of 11 recorded"
--    without inventing the text of the other eight), whether their details were checked against the published report
--    (like a recommendation's text_verified), and where the details come from.
-- 2. Findings: the figures the inspectors reported (the baselines), each with the key of the live figure of the
--    service that measures the same thing today (org.iom.common.LiveFigure; null when the service cannot measure it).
-- 3. Reference data: the 2020 joint thematic inspection of IOM with its three recommendations known in substance and
--    its findings, and the two other reports the same issue of the Probation Journal lists. Every detail here comes
--    from the Probation Journal 67(2), June 2020, "Research & reports", not from the reports themselves, so every
--    record is marked unverified. Fixed ids (the dev demo data used the same ones for the 2020 inspection); "on
--    conflict" keeps a database that already holds them (a dev database that loaded the old demo data) valid.

alter table inspection
    add column recommendations_declared integer check (recommendations_declared between 0 and 1000),
    add column details_verified         boolean not null default false,
    add column source                   varchar(1000);

create table inspection_finding (
    id                     uuid           primary key,
    inspection_id          uuid           not null references inspection (id),
    position               integer        not null check (position between 1 and 1000),
    topic                  varchar(300)   not null,
    -- What the inspectors reported: a number, a share (0..1), a count of a total, "not known" (they reported that
    -- nobody knew), or nothing (the report gives no figure for it).
    baseline_kind          varchar(14)    not null check (baseline_kind in ('NUMBER', 'SHARE', 'COUNT_OF_TOTAL',
                                                                            'NOT_KNOWN', 'NOT_REPORTED')),
    baseline_value         numeric(20, 4),
    baseline_out_of        numeric(20, 4),
    reported_on            date,
    page                   varchar(20),
    verified               boolean        not null,
    source                 varchar(1000),
    note                   varchar(1000),
    live_figure            varchar(100),
    unique (inspection_id, position),
    check ((baseline_kind in ('NOT_KNOWN', 'NOT_REPORTED')) = (baseline_value is null)),
    check ((baseline_kind = 'COUNT_OF_TOTAL') = (baseline_out_of is not null)),
    check (baseline_kind <> 'SHARE' or baseline_value between 0 and 1),
    check (baseline_kind <> 'COUNT_OF_TOTAL' or baseline_value between 0 and baseline_out_of)
);

insert into inspection (id, title, inspectorates, kind, published_on, fieldwork_from, fieldwork_to, url, summary,
                        recommendations_declared, details_verified, source, version, created_by, created_at,
                        updated_at)
values
 ('01700000-0000-7000-8000-000000000001',
  'A joint thematic inspection of Integrated Offender Management',
  '{HMI_PROBATION,HMICFRS}', 'THEMATIC', '2020-02-01', null, null, null,
  'Joint thematic inspection by HM Inspectorate of Probation and HMICFRS, published February 2020 (the day is not'
  || ' verified: recorded as 1 February 2020), fieldwork in 2019 (exact dates not verified), revisiting the 2014'
  || ' inspection of six areas. 44 probation staff interviewed and 268 IOM cases reviewed. 125 IOM schemes in England'
  || ' and Wales; how many people IOM manages was not known; a system for measuring impact in only 14 of 43 forces.'
  || ' The estimated cost of reoffending is £18.1 billion a year, with no known total spend on IOM. Good practice was'
  || ' mostly in metropolitan areas; poor practice in information sharing. 11 recommendations.',
  11, false, 'Probation Journal 67(2), June 2020, "Research & reports" (not checked against the report itself)',
  0, 'reference-data', '2020-02-03T09:00:00Z', '2020-02-03T09:00:00Z'),
 ('01700000-0000-7000-8000-000000000002',
  'Children in custody: an analysis of 12-18-year-olds'' perceptions of their experiences',
  '{HMI_PRISONS}', 'SURVEY_ANALYSIS', '2020-06-01', null, null, null,
  'Survey analysis by HM Inspectorate of Prisons, listed in the same issue of the Probation Journal as the 2020'
  || ' IOM inspection. The publication date is not verified: recorded as 1 June 2020, the date of that journal issue.'
  || ' No recommendations are recorded.',
  null, false, 'Probation Journal 67(2), June 2020, "Research & reports" (not checked against the report itself)',
  0, 'reference-data', '2020-06-01T09:00:00Z', '2020-06-01T09:00:00Z'),
 ('01700000-0000-7000-8000-000000000003',
  'Multi-agency response to child sexual abuse in the family environment',
  '{OFSTED,CQC,HMICFRS,HMI_PROBATION}', 'JOINT_TARGETED_AREA', '2020-06-01', null, null, null,
  'Joint targeted area inspection by Ofsted, CQC, HMICFRS and HM Inspectorate of Probation, listed in the same issue'
  || ' of the Probation Journal as the 2020 IOM inspection. The publication date is not verified: recorded as 1 June'
  || ' 2020, the date of that journal issue. No recommendations are recorded.',
  null, false, 'Probation Journal 67(2), June 2020, "Research & reports" (not checked against the report itself)',
  0, 'reference-data', '2020-06-01T09:00:00Z', '2020-06-01T09:00:00Z')
on conflict (id) do update set recommendations_declared = excluded.recommendations_declared,
                               details_verified = excluded.details_verified, source = excluded.source;

-- The three recommendations known in substance: paraphrases (text_verified false); U-1..U-3 are register
-- placeholders, not the report's numbering. The other eight are entered through the API once their text is at hand.
insert into recommendation (id, inspection_id, number, kind, text, text_verified, addressees, owner_organisation,
                            theme, status, evidence_figure, version, created_by, created_at, updated_at)
values
 ('01700000-0000-7000-8000-000000000101', '01700000-0000-7000-8000-000000000001', 'U-1', 'RECOMMENDATION',
  'The Ministry of Justice should commission an independent evaluation of the costs and benefits of IOM.',
  false, '{"Ministry of Justice"}', 'Ministry of Justice', 'Measuring impact', 'OPEN', 'statistics.coverage.forces',
  0, 'reference-data', '2020-02-03T09:00:00Z', '2020-02-03T09:00:00Z'),
 ('01700000-0000-7000-8000-000000000102', '01700000-0000-7000-8000-000000000001', 'U-2', 'RECOMMENDATION',
  'Prisons and probation (HMPPS) should provide data on the needs of service users to support local commissioning.',
  false, '{"HMPPS"}', 'HMPPS', 'Commissioning', 'OPEN', 'statistics.needs.assessed',
  0, 'reference-data', '2020-02-03T09:00:00Z', '2020-02-03T09:00:00Z'),
 ('01700000-0000-7000-8000-000000000103', '01700000-0000-7000-8000-000000000001', 'U-3', 'RECOMMENDATION',
  'Police and probation should establish a joint national oversight group of police and probation IOM leads.',
  false, '{"NPCC","HMPPS"}', 'NPCC', 'Governance', 'OPEN', null,
  0, 'reference-data', '2020-02-03T09:00:00Z', '2020-02-03T09:00:00Z')
on conflict (id) do nothing;

insert into inspection_finding (id, inspection_id, position, topic, baseline_kind, baseline_value, baseline_out_of,
                                reported_on, page, verified, source, note, live_figure)
values
 ('01700000-0000-7000-8000-000000000201', '01700000-0000-7000-8000-000000000001', 1,
  'IOM schemes in England and Wales', 'NUMBER', 125, null, '2020-02-01', null, false,
  'Probation Journal 67(2), June 2020', null, 'statistics.coverage.schemes'),
 ('01700000-0000-7000-8000-000000000202', '01700000-0000-7000-8000-000000000001', 2,
  'People managed under IOM', 'NOT_KNOWN', null, null, '2020-02-01', null, false,
  'Probation Journal 67(2), June 2020', 'Nobody knew how many people were managed under IOM nationally.',
  'statistics.caseload.active'),
 ('01700000-0000-7000-8000-000000000203', '01700000-0000-7000-8000-000000000001', 3,
  'Police forces with a system for measuring the impact of IOM', 'COUNT_OF_TOTAL', 14, 43, '2020-02-01', null, false,
  'Probation Journal 67(2), June 2020', 'The system a 2014 inspection recommended.', 'statistics.coverage.forces'),
 ('01700000-0000-7000-8000-000000000204', '01700000-0000-7000-8000-000000000001', 4,
  'Frequency of proven reoffending reduced', 'SHARE', 0.05, null, '2020-02-01', null, false,
  'Probation Journal 67(2), June 2020', 'Of a sample of cases.', 'statistics.outcomes.frequencyReduced'),
 ('01700000-0000-7000-8000-000000000205', '01700000-0000-7000-8000-000000000001', 5,
  'Frequency of proven reoffending stayed the same', 'SHARE', 0.65, null, '2020-02-01', null, false,
  'Probation Journal 67(2), June 2020', 'Of a sample of cases.', 'statistics.outcomes.frequencyStayedTheSame'),
 ('01700000-0000-7000-8000-000000000206', '01700000-0000-7000-8000-000000000001', 6,
  'Seriousness of proven reoffending reduced', 'SHARE', 0.05, null, '2020-02-01', null, false,
  'Probation Journal 67(2), June 2020', 'Of a sample of cases.', 'statistics.outcomes.seriousnessReduced'),
 ('01700000-0000-7000-8000-000000000207', '01700000-0000-7000-8000-000000000001', 7,
  'Seriousness of proven reoffending stayed the same', 'SHARE', 0.75, null, '2020-02-01', null, false,
  'Probation Journal 67(2), June 2020', 'Of a sample of cases.', 'statistics.outcomes.seriousnessStayedTheSame'),
 ('01700000-0000-7000-8000-000000000208', '01700000-0000-7000-8000-000000000001', 8,
  'Cautioned or convicted during IOM supervision', 'COUNT_OF_TOTAL', 20, 58, '2020-02-01', null, false,
  'Probation Journal 67(2), June 2020', 'Of 58 cases.', 'statistics.outcomes.provenReoffending'),
 ('01700000-0000-7000-8000-000000000209', '01700000-0000-7000-8000-000000000001', 9,
  'Active cases with a needs assessment in the last 12 months', 'NOT_REPORTED', null, null, null, null, false,
  'Probation Journal 67(2), June 2020', 'The inspection recommended that service-user need data be provided.',
  'statistics.needs.assessed')
on conflict (id) do nothing;
