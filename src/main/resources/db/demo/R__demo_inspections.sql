-- Dev-profile demo data for the recommendation register (db/demo is a Flyway location in the dev profile only).
-- Idempotent: fixed ids and "on conflict do nothing", so re-running changes nothing already there.
--
-- The 2020 joint thematic inspection of IOM, its three known recommendations and findings, and the two other reports
-- of the same journal issue are reference data shipped in every profile (db/migration/V10__...): this file adds only
-- two clearly fictional inspections, titled "(fictional demo)", to show the tracker at work.

insert into inspection (id, title, inspectorates, kind, published_on, fieldwork_from, fieldwork_to, url, summary,
                        version, created_by, created_at, updated_at)
values
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
