-- Dev-profile demo data for the recommendation register (db/demo is a Flyway location in the dev profile only).
-- Idempotent: fixed ids and "on conflict do nothing", so re-running changes nothing already there.
--
-- 1. The 2020 joint thematic inspection of IOM (HM Inspectorate of Probation with HMICFRS, published February 2020,
--    fieldwork 2019). It made 11 recommendations; the three below are known only in substance (see
--    ../shared/DOMAIN.md), so their text is a paraphrase marked textVerified = false, and their numbers U-1..U-3 are
--    register placeholders, not the report's numbering. The exact publication day is not verified: it is recorded
--    as 1 February 2020. Their status is unknown here, so they are left OPEN with no response and no target date.
-- 2. Two clearly fictional inspections, titled "(fictional demo)", to show the tracker at work.

insert into inspection (id, title, inspectorates, kind, published_on, fieldwork_from, fieldwork_to, url, summary,
                        version, created_by, created_at, updated_at)
values
 ('01700000-0000-7000-8000-000000000001',
  'A joint thematic inspection of Integrated Offender Management',
  '{HMI_PROBATION,HMICFRS}', 'THEMATIC', '2020-02-01', null, null, null,
  'Joint inspection by HM Inspectorate of Probation and HMICFRS (fieldwork 2019; exact fieldwork dates and publication'
  || ' day not verified, recorded as 1 February 2020). Nobody knew how many people were managed under IOM nationally;'
  || ' only 14 of 43 forces had built the impact-measurement system a 2014 inspection recommended; 44 staff interviewed'
  || ' and 268 cases reviewed. 11 recommendations, of which three are in this register with unverified text.',
  0, 'demo-seed', '2020-02-03T09:00:00Z', '2020-02-03T09:00:00Z'),
 ('01900000-0000-7000-8000-000000000002',
  'Information sharing between IOM partners (fictional demo)',
  '{HMI_PROBATION,HMICFRS}', 'JOINT_TARGETED_AREA', '2025-06-10', '2025-01-13', '2025-03-28', null,
  'Fictional report for demonstration: how police and probation share information in three IOM schemes.',
  0, 'demo-seed', '2025-06-11T09:00:00Z', '2025-06-11T09:00:00Z'),
 ('01900000-0000-7000-8000-000000000003',
  'Survey of IOM practitioners'' caseloads (fictional demo)',
  '{HMI_PROBATION}', 'SURVEY_ANALYSIS', '2025-11-04', null, null, null,
  'Fictional survey analysis for demonstration. It makes no recommendations.',
  0, 'demo-seed', '2025-11-05T09:00:00Z', '2025-11-05T09:00:00Z')
on conflict (id) do nothing;

insert into recommendation (id, inspection_id, number, kind, text, text_verified, addressees, owner_organisation,
                            owner_contact, theme, priority, target_date, target_revisions, status, superseded_by,
                            response_decision, response_decided_on, response_rationale, response_recorded_by,
                            response_recorded_at, evidence_figure, closed_at, closed_by, closure_evidence, version,
                            created_by, created_at, updated_at)
values
 -- The 2020 inspection (text unverified)
 ('01700000-0000-7000-8000-000000000101', '01700000-0000-7000-8000-000000000001', 'U-1', 'RECOMMENDATION',
  'The Ministry of Justice should commission an independent evaluation of the costs and benefits of IOM.',
  false, '{"Ministry of Justice"}', 'Ministry of Justice', null, 'Measuring impact', 'HIGH', null, 0, 'OPEN', null,
  null, null, null, null, null, 'statistics.coverage.forces', null, null, null, 0,
  'demo-seed', '2020-02-03T09:00:00Z', '2020-02-03T09:00:00Z'),
 ('01700000-0000-7000-8000-000000000102', '01700000-0000-7000-8000-000000000001', 'U-2', 'RECOMMENDATION',
  'Prisons and probation (HMPPS) should provide data on the needs of service users to support local commissioning.',
  false, '{"HMPPS"}', 'HMPPS', null, 'Commissioning', 'MEDIUM', null, 0, 'OPEN', null,
  null, null, null, null, null, null, null, null, null, 0,
  'demo-seed', '2020-02-03T09:00:00Z', '2020-02-03T09:00:00Z'),
 ('01700000-0000-7000-8000-000000000103', '01700000-0000-7000-8000-000000000001', 'U-3', 'RECOMMENDATION',
  'Police and probation should establish a joint national oversight group of police and probation IOM leads.',
  false, '{"NPCC","HMPPS"}', 'NPCC', null, 'Governance', 'HIGH', null, 0, 'OPEN', null,
  null, null, null, null, null, null, null, null, null, 0,
  'demo-seed', '2020-02-03T09:00:00Z', '2020-02-03T09:00:00Z'),
 -- The fictional information-sharing inspection
 ('01900000-0000-7000-8000-000000000201', '01900000-0000-7000-8000-000000000002', '1', 'RECOMMENDATION',
  'Agree a single information-sharing agreement covering every partner in each IOM scheme (fictional).',
  true, '{"NPCC","HMPPS"}', 'NPCC', 'IOM portfolio lead (fictional)', 'Information sharing', 'HIGH', '2026-03-31', 2,
  'IN_PROGRESS', null, 'AGREED', '2025-07-24', 'Agreed; a national template is being drafted (fictional).',
  'demo-seed', '2025-07-25T10:00:00Z', null, null, null, null, 2,
  'demo-seed', '2025-06-11T09:00:00Z', '2025-12-01T10:00:00Z'),
 ('01900000-0000-7000-8000-000000000202', '01900000-0000-7000-8000-000000000002', '2', 'AREA_FOR_IMPROVEMENT',
  'Record IOM outcome reviews in the shared case system so impact can be measured (fictional).',
  true, '{"HMPPS"}', 'HMPPS', 'Head of IOM (fictional)', 'Measuring impact', 'MEDIUM', '2027-01-31', 0,
  'OPEN', null, 'PARTLY_AGREED', '2025-08-20', 'Partly agreed: depends on system funding (fictional).',
  'demo-seed', '2025-08-20T10:00:00Z', 'statistics.coverage.forces', null, null, null, 1,
  'demo-seed', '2025-06-11T09:00:00Z', '2025-08-20T10:00:00Z'),
 ('01900000-0000-7000-8000-000000000203', '01900000-0000-7000-8000-000000000002', '3', 'RECOMMENDATION',
  'Publish a named IOM lead for every scheme on the force website (fictional).',
  true, '{"Police forces"}', 'NPCC', null, 'Governance', 'LOW', '2025-12-31', 0,
  'IMPLEMENTED', null, 'AGREED', '2025-07-01', 'Agreed (fictional).',
  'demo-seed', '2025-07-01T10:00:00Z', null, '2025-10-15T14:00:00Z', 'demo-seed',
  'Every force website lists its IOM lead (fictional check, October 2025).', 3,
  'demo-seed', '2025-06-11T09:00:00Z', '2025-10-15T14:00:00Z')
on conflict (id) do nothing;

insert into recommendation_update (id, recommendation_id, type, note, status, previous_status, superseded_by,
                                   target_date, previous_target_date, reason, evidence, recorded_by, recorded_at)
values
 ('01900000-0000-7000-8000-000000000301', '01900000-0000-7000-8000-000000000201', 'TARGET_DATE_REVISION', null, null,
  null, null, '2025-12-31', null, 'First target agreed at the oversight group (fictional).', null, 'demo-seed',
  '2025-07-25T10:00:00Z'),
 ('01900000-0000-7000-8000-000000000302', '01900000-0000-7000-8000-000000000201', 'STATUS_CHANGE',
  'Template drafting started (fictional).', 'IN_PROGRESS', 'OPEN', null, null, null, null, null, 'demo-seed',
  '2025-08-01T10:00:00Z'),
 ('01900000-0000-7000-8000-000000000303', '01900000-0000-7000-8000-000000000201', 'TARGET_DATE_REVISION', null, null,
  null, null, '2026-01-31', '2025-12-31', 'Legal review took longer than planned (fictional).', null, 'demo-seed',
  '2025-11-03T10:00:00Z'),
 ('01900000-0000-7000-8000-000000000304', '01900000-0000-7000-8000-000000000201', 'TARGET_DATE_REVISION', null, null,
  null, null, '2026-03-31', '2026-01-31', 'Awaiting sign-off by all 43 forces (fictional).', null, 'demo-seed',
  '2025-12-01T10:00:00Z'),
 ('01900000-0000-7000-8000-000000000305', '01900000-0000-7000-8000-000000000203', 'STATUS_CHANGE',
  'Work started (fictional).', 'IN_PROGRESS', 'OPEN', null, null, null, null, null, 'demo-seed',
  '2025-07-02T10:00:00Z'),
 ('01900000-0000-7000-8000-000000000306', '01900000-0000-7000-8000-000000000203', 'STATUS_CHANGE', null,
  'IMPLEMENTED', 'IN_PROGRESS', null, null, null, null,
  'Every force website lists its IOM lead (fictional check, October 2025).', 'demo-seed', '2025-10-15T14:00:00Z')
on conflict (id) do nothing;
