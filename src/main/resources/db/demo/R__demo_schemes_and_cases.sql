-- DEMO DATA for dev mode only (quarkus:dev; %dev.quarkus.flyway.locations adds db/demo). Never used by tests or
-- production. Made-up schemes and people: the CRNs, PNC ids and names are synthetic.
--
-- Seven schemes across forces and regions (one CLOSED), about 440 cases (active, exited, re-selected), needs
-- assessments and outcome reviews (some corrected by a superseding review), so lists and statistics show something
-- real at once. Deterministic (hash of a sequence number) and idempotent: every row has a fixed id and is inserted
-- with "on conflict do nothing", so running it again changes nothing. Dates are relative to the day of the first run.

create or replace function pg_temp.demo_hash(seed text) returns bigint language sql immutable as
$$ select ('x' || substr(md5(seed), 1, 15))::bit(60)::bigint $$;

-- A version 7 UUID with the given millisecond timestamp and hash-derived random bits.
create or replace function pg_temp.demo_uuid(millis bigint, seed text) returns uuid language sql immutable as
$$ select (lpad(to_hex(millis), 12, '0') || '7' || substr(md5(seed), 1, 3) || '8' || substr(md5(seed), 4, 15))::uuid $$;

insert into scheme (id, code, name, police_force_id, probation_region_code, launched_on, status, setting, cohorts,
                    co_located, shared_case_system, contact_name, contact_email, contact_phone, version, created_at,
                    updated_at)
values
 ('0180a000-0001-7000-8000-000000000001', 'WMP-BHAM', 'Birmingham Integrated Offender Management', 'west-midlands', 'N52',
  '2021-04-01', 'ACTIVE', 'METROPOLITAN', '{FIXED,FLEX}', true, false, 'Birmingham IOM hub', 'iom.birmingham@example.invalid', '0121 000 0001', 0, now(), now()),
 ('0180a000-0002-7000-8000-000000000002', 'MPS-LAMB', 'Lambeth IOM', 'metropolitan', 'N07',
  '2021-06-01', 'ACTIVE', 'METROPOLITAN', '{FIXED,FLEX,FREE}', true, true, 'Lambeth IOM team', 'iom.lambeth@example.invalid', null, 0, now(), now()),
 ('0180a000-0003-7000-8000-000000000003', 'GMP-MCR', 'Manchester City IOM', 'greater-manchester', 'N50',
  '2021-04-01', 'ACTIVE', 'URBAN', '{FIXED,FLEX}', false, false, null, 'iom.manchester@example.invalid', null, 0, now(), now()),
 ('0180a000-0004-7000-8000-000000000004', 'SWP-CDF', 'Cardiff IOM', 'south-wales', 'N03',
  '2021-07-01', 'ACTIVE', 'URBAN', '{FIXED,FREE}', true, false, 'Cardiff IOM', null, '029 0000 0004', 0, now(), now()),
 ('0180a000-0005-7000-8000-000000000005', 'DCP-PLY', 'Plymouth IOM', 'devon-and-cornwall', 'N58',
  '2022-01-10', 'ACTIVE', 'MIXED', '{FIXED}', false, true, null, null, null, 0, now(), now()),
 ('0180a000-0006-7000-8000-000000000006', 'CUMB-WEST', 'West Cumbria IOM', 'cumbria', 'N51',
  '2021-10-01', 'CLOSED', 'RURAL', '{FIXED,FLEX}', false, false, null, null, null, 0, now(), now()),
 ('0180a000-0007-7000-8000-000000000007', 'NOR-NTYNE', 'North Tyneside IOM', 'northumbria', 'N54',
  '2022-04-01', 'ACTIVE', 'MIXED', '{FIXED,FLEX}', true, true, 'North Tyneside IOM', 'iom.ntyneside@example.invalid', null, 0, now(), now())
on conflict do nothing;

-- First selections: 400 people.
create temporary table demo_case on commit drop as
with base as (
    select n,
           pg_temp.demo_hash('scheme:' || n) % 7 + 1 as scheme_no,
           pg_temp.demo_hash('a:' || n) as ha, pg_temp.demo_hash('b:' || n) as hb, pg_temp.demo_hash('c:' || n) as hc,
           pg_temp.demo_hash('d:' || n) as hd, pg_temp.demo_hash('e:' || n) as he
    from generate_series(1, 400) as n
), picked as (
    select b.*, s.id as scheme_id, s.status as scheme_status, s.launched_on,
           s.cohorts[1 + (b.ha % cardinality(s.cohorts))::int] as cohort,
           s.launched_on + (b.hb % greatest(1, (current_date - 90) - s.launched_on))::int as selected_on
    from base b join scheme s on s.id = ('0180a000-000' || b.scheme_no || '-7000-8000-00000000000' || b.scheme_no)::uuid
), shaped as (
    select p.*,
           (p.scheme_status = 'CLOSED' or p.hc % 100 < 30) as exited,
           p.selected_on + ((current_date - 1 - p.selected_on) * (10 + p.hd % 80) / 100)::int as exit_date
    from picked p
)
select pg_temp.demo_uuid(1672531200000 + n * 60000, 'case:' || n) as id, n, scheme_id, cohort, selected_on,
       chr(65 + (ha % 26)::int) || lpad(((n * 7919 + 104729) % 1000000)::text, 6, '0') as crn,
       case when he % 10 < 6 then
           (2000 + he % 20)::text || '/' || lpad((hd % 10000000)::text, 7, '0')
           || substr('ZABCDEFGHJKLMNPQRTUVWXY',
                     (((lpad(((he % 20))::text, 2, '0') || lpad((hd % 10000000)::text, 7, '0'))::bigint % 23) + 1)::int, 1)
       end as pnc_id,
       case cohort
           when 'FIXED' then (array['BURGLARY', 'ROBBERY', 'THEFT_FROM_PERSON', 'VEHICLE_CRIME'])[1 + (hb % 4)::int]
           when 'FLEX' then (array['DOMESTIC_ABUSE', 'SERIOUS_VIOLENCE', 'DOMESTIC_ABUSE'])[1 + (hb % 3)::int]
           else (array['OTHER', 'BURGLARY', 'SERIOUS_VIOLENCE'])[1 + (hb % 3)::int]
       end as selection_reason,
       case when hc % 100 < 15 then 'LOW' when hc % 100 < 60 then 'MEDIUM' when hc % 100 < 92 then 'HIGH' else 'VERY_HIGH' end
           as risk,
       (25 + he % 70)::smallint as predictor_score,
       (array['POLICE', 'PROBATION', 'JOINT', 'JOINT'])[1 + (hd % 4)::int] as lead_agency,
       'PC ' || (1000 + ha % 9000) || ' ' || (array['Patel', 'Jones', 'Smith', 'Khan', 'Evans', 'Brown', 'Taylor', 'Wilson'])[1 + (hb % 8)::int]
           as police_lead,
       case when hd % 5 = 0 then null else
           (array['A.', 'B.', 'C.', 'D.', 'J.', 'M.', 'S.'])[1 + (he % 7)::int] || ' '
           || (array['Okafor', 'Hughes', 'Clarke', 'Ahmed', 'Murphy', 'Walker', 'Price', 'Roberts'])[1 + (hc % 8)::int] end
           as probation_lead,
       case when ha % 100 < 20 then 'RED' when ha % 100 < 65 then 'AMBER' else 'GREEN' end as rag,
       case when exited then null else current_date + (hd % 75)::int - 20 end as next_review_on,
       case when exited then 'EXITED' else 'ACTIVE' end as status,
       case when exited then exit_date end as exited_on,
       case when exited then (array['RISK_REDUCED', 'RISK_REDUCED', 'CUSTODY', 'CUSTODY', 'MOVED_AWAY', 'NON_ENGAGEMENT',
                                    'DECEASED', 'OTHER'])[1 + (he % 8)::int] end as exit_reason
from shaped;

-- Some exited people were selected again on the same (active) scheme later on.
insert into demo_case
select pg_temp.demo_uuid(1672531200000 + (1000 + d.n) * 60000, 'case-again:' || d.n), 1000 + d.n, d.scheme_id, d.cohort,
       d.exited_on + 30 + (d.n % 60), d.crn, d.pnc_id, d.selection_reason,
       case d.risk when 'LOW' then 'MEDIUM' else d.risk end, d.predictor_score, d.lead_agency, d.police_lead,
       d.probation_lead, 'RED', current_date + (d.n % 40) - 10, 'ACTIVE', null, null
from demo_case d join scheme s on s.id = d.scheme_id
where d.status = 'EXITED' and s.status = 'ACTIVE' and d.n % 4 = 0 and d.exited_on + 30 + (d.n % 60) < current_date - 14;

insert into iom_case (id, scheme_id, crn, pnc_id, cohort, selected_on, selection_reason, risk_of_serious_harm,
                      predictor_score, lead_agency, police_lead, probation_lead, rag, next_review_on, status, exited_on,
                      exit_reason, version, created_at, updated_at)
select id, scheme_id, crn, pnc_id, cohort, selected_on, selection_reason, risk, predictor_score, lead_agency,
       police_lead, probation_lead, rag, next_review_on, status, exited_on, exit_reason, 0,
       selected_on + time '10:00', coalesce(exited_on, selected_on) + time '16:00'
from demo_case
order by id
on conflict do nothing;

-- Needs assessments: at selection, then every 120 days while the case runs (at most four), from the stored cases.
insert into needs_assessment (id, case_id, scheme_id, assessed_on, accommodation, education_training_and_employability,
                              financial_management_and_income, relationships, lifestyle_and_associates, drug_misuse,
                              alcohol_misuse, emotional_well_being, thinking_and_behaviour, attitudes, recorded_by,
                              recorded_at)
select pg_temp.demo_uuid(1672531200000 + d.n * 60000 + k * 1000, 'needs:' || d.n || ':' || k), c.id, c.scheme_id,
       a.assessed_on,
       (array['NO_NEED', 'STANDARD', 'STANDARD', 'SEVERE', 'SEVERE'])[1 + (pg_temp.demo_hash('n1:' || d.n || k) % 5)::int],
       (array['NO_NEED', 'STANDARD', 'STANDARD', 'SEVERE'])[1 + (pg_temp.demo_hash('n2:' || d.n || k) % 4)::int],
       (array['NO_NEED', 'STANDARD', 'SEVERE'])[1 + (pg_temp.demo_hash('n3:' || d.n || k) % 3)::int],
       (array['NO_NEED', 'NO_NEED', 'STANDARD', 'SEVERE'])[1 + (pg_temp.demo_hash('n4:' || d.n || k) % 4)::int],
       (array['STANDARD', 'SEVERE', 'SEVERE'])[1 + (pg_temp.demo_hash('n5:' || d.n || k) % 3)::int],
       (array['NO_NEED', 'STANDARD', 'SEVERE', 'SEVERE', 'SEVERE'])[1 + (pg_temp.demo_hash('n6:' || d.n || k) % 5)::int],
       (array['NO_NEED', 'NO_NEED', 'STANDARD', 'SEVERE'])[1 + (pg_temp.demo_hash('n7:' || d.n || k) % 4)::int],
       (array['NO_NEED', 'STANDARD', 'STANDARD', 'SEVERE'])[1 + (pg_temp.demo_hash('n8:' || d.n || k) % 4)::int],
       (array['STANDARD', 'STANDARD', 'SEVERE'])[1 + (pg_temp.demo_hash('n9:' || d.n || k) % 3)::int],
       (array['NO_NEED', 'STANDARD', 'SEVERE'])[1 + (pg_temp.demo_hash('n10:' || d.n || k) % 3)::int],
       'demo-data', a.assessed_on + time '12:00'
from demo_case d
join iom_case c on c.id = d.id
cross join generate_series(0, 3) as k
cross join lateral (select c.selected_on + k * 120 as assessed_on) a
where a.assessed_on <= least(coalesce(c.exited_on, current_date), current_date)
  and (k = 0 or pg_temp.demo_hash('needs-more:' || d.n) % 3 > 0)
order by 1
on conflict do nothing;

-- Outcome reviews: one per six months managed, reviewed a week after the period ends.
create temporary table demo_review on commit drop as
select pg_temp.demo_uuid(1672531200000 + d.n * 60000 + 500 + k * 1000, 'review:' || d.n || ':' || k) as id,
       d.n, k, c.id as case_id, c.scheme_id, p.period_from, p.period_from + 181 as period_to,
       p.period_from + 188 as reviewed_on, pg_temp.demo_hash('r:' || d.n || ':' || k) as h
from demo_case d
join iom_case c on c.id = d.id
cross join generate_series(0, 5) as k
cross join lateral (select c.selected_on + k * 182 as period_from) p
where p.period_from + 181 <= coalesce(c.exited_on, current_date)
  and p.period_from + 188 <= current_date;

insert into outcome_review (id, case_id, scheme_id, reviewed_on, period_from, period_to, frequency, seriousness,
                            proven_reoffending, note, supersedes_id, recorded_by, recorded_at)
select id, case_id, scheme_id, reviewed_on, period_from, period_to,
       case when h % 100 < 30 then 'REDUCED' when h % 100 < 88 then 'STAYED_THE_SAME' else 'INCREASED' end,
       case when (h / 100) % 100 < 22 then 'REDUCED' when (h / 100) % 100 < 90 then 'STAYED_THE_SAME' else 'INCREASED' end,
       (h / 10000) % 100 < 35,
       case when h % 7 = 0 then 'Demo review: engaging with the IOM offer.' end,
       null, 'demo-data', reviewed_on + time '15:00'
from demo_review
order by id
on conflict do nothing;

-- A few reviews were wrong and corrected by a new review that supersedes them.
insert into outcome_review (id, case_id, scheme_id, reviewed_on, period_from, period_to, frequency, seriousness,
                            proven_reoffending, note, supersedes_id, recorded_by, recorded_at)
select pg_temp.demo_uuid(1672531200000 + r.n * 60000 + 900 + r.k * 1000, 'review-fix:' || r.n || ':' || r.k),
       r.case_id, r.scheme_id, least(r.reviewed_on + 3, current_date), r.period_from, r.period_to,
       'REDUCED', 'STAYED_THE_SAME', false, 'Corrects the review of ' || r.reviewed_on || ': wrong outcome recorded.',
       r.id, 'demo-data', least(r.reviewed_on + 3, current_date) + time '09:30'
from demo_review r
join outcome_review o on o.id = r.id
where r.h % 17 = 0
order by 1
on conflict do nothing;

drop table demo_review;
drop table demo_case;
