-- Large synthetic data set for the statistics benchmark (scripts/bench-statistics). NOT for production.
--
--   psql -v ON_ERROR_STOP=1 -d iom -f scripts/seed-large.sql
--   psql -v ON_ERROR_STOP=1 -v cases=20000 -d iom -f scripts/seed-large.sql     # a smaller set for development
--
-- Runs against a database that Flyway has migrated (V1 reference data and the V2 tables) and inserts straight into the
-- V2 tables with generate_series:
--   125 schemes (code BENCH-001 .. BENCH-125) spread over the 43 forces and 12 regions,
--   1,000,000 cases selected between 2019-01-01 and 2026-11-24, each managed for 3 to 36 months (about 200,000 active),
--   2,000,000 outcome reviews (two per case, roughly six months apart) plus 20,000 corrections that supersede one,
--   1,300,000 needs assessments (one per case, a reassessment for 30% of cases).
-- Ids are time-ordered UUIDs (v7 layout), as the service generates them. Deterministic (setseed) so runs compare.
-- Refuses to run twice (the scheme codes are unique).
-- Loads like a bulk loader: with triggers off (session_replication_role = replica, superuser only), writing the
-- case's facts onto reviews and assessments itself, then one statistics_rebuild() (V6) computes the rest of the
-- derived statistics data set-based, as the V6 migration does. Row-by-row
-- triggers over two million generated rows would take far longer and measure nothing the service does.

\set ON_ERROR_STOP on
\if :{?cases}
\else
\set cases 1000000
\endif
\timing on
select setseed(0.4242);

create or replace function pg_temp.uuid7(ts timestamptz) returns uuid language sql volatile as $$
  select (lpad(to_hex((extract(epoch from ts) * 1000)::bigint), 12, '0')
          || '7' || substr(md5(random()::text), 1, 3)
          || to_hex(8 + (random() * 3)::int) || substr(md5(random()::text), 1, 15))::uuid
$$;

create or replace function pg_temp.need(r double precision) returns varchar language sql immutable as $$
  select case when r < 0.5 then 'NO_NEED' when r < 0.85 then 'STANDARD' else 'SEVERE' end
$$;

set session_replication_role = replica;

-- 125 schemes: scheme n belongs to force n mod 43 (every force has 2 or 3 schemes) and region n mod 12.
insert into scheme (id, code, name, police_force_id, probation_region_code, launched_on, status, setting, cohorts,
                    co_located, shared_case_system, version, created_at, updated_at)
select pg_temp.uuid7(timestamptz '2019-01-01' + n * interval '1 hour'),
       'BENCH-' || lpad(n::text, 3, '0'),
       'Benchmark scheme ' || n,
       f.id, r.code, date '2015-04-01' + n, 'ACTIVE',
       (array['METROPOLITAN', 'URBAN', 'RURAL', 'MIXED'])[1 + n % 4],
       array['FIXED', 'FLEX', 'FREE']::varchar(5)[], n % 2 = 0, n % 3 = 0, 0, now(), now()
from generate_series(1, 125) n
join (select id, row_number() over (order by id) - 1 as i from police_force) f on f.i = n % 43
join (select code, row_number() over (order by code) - 1 as i from probation_region) r on r.i = n % 12;

create temporary table bench_scheme as
select id, row_number() over (order by code) - 1 as i from scheme where code like 'BENCH-%';
create unique index on bench_scheme (i);

-- 1,000,000 cases. Selection dates uniform over 2019-01-01 .. 2026-11-24; each case is managed for 90 days to three
-- years and exits then, unless that is after 2026-11-24 (then it is still active: about a fifth of all cases).
insert into iom_case (id, scheme_id, crn, pnc_id, cohort, selected_on, selection_reason, risk_of_serious_harm,
                      predictor_score, lead_agency, rag, next_review_on, status, exited_on, exit_reason, version,
                      created_at, updated_at, subject_category, retention_review_on)
select pg_temp.uuid7(sel::timestamptz + (n % 86400) * interval '1 second'), s.id,
       chr(65 + n % 26) || lpad((n - 1)::text, 6, '0'), null,
       case when c < 0.6 then 'FIXED' when c < 0.85 then 'FLEX' else 'FREE' end,
       sel, (array['BURGLARY', 'ROBBERY', 'THEFT_FROM_PERSON', 'VEHICLE_CRIME', 'DOMESTIC_ABUSE', 'SERIOUS_VIOLENCE',
                   'OTHER'])[1 + n % 7],
       (array['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'])[1 + n % 4], (n % 100)::smallint,
       (array['POLICE', 'PROBATION', 'JOINT'])[1 + n % 3], (array['RED', 'AMBER', 'GREEN'])[1 + n % 3],
       sel + 90,
       case when ex is null then 'ACTIVE' else 'EXITED' end, ex,
       case when ex is null then null else 'RISK_REDUCED' end, 0, now(), now(),
       -- the defaults of V13's trigger (off here): FREE is SUSPECTED; the retention review 6 years after the exit
       case when c < 0.85 then 'CONVICTED' else 'SUSPECTED' end, ex + interval '6 years'
from (
  select n, c, sel, case when sel + d < date '2026-11-25' then sel + d end as ex
  from (select n, date '2019-01-01' + (random() * 2884)::int as sel, random() as c,
               90 + (random() * 1005)::int as d
        from generate_series(1, :cases) n) x
) g
join bench_scheme s on s.i = g.n % 125;

-- 2,000,000 outcome reviews: two per case, on random days of the time it has been managed (selection to exit or
-- to 2026-11-24).
insert into outcome_review (id, case_id, scheme_id, reviewed_on, period_from, period_to, frequency, seriousness,
                            proven_reoffending, note, supersedes_id, recorded_by, recorded_at, case_cohort,
                            case_selected_on, case_exited_on)
select pg_temp.uuid7(rv::timestamptz + interval '10 hours'), id, scheme_id, rv, greatest(selected_on, rv - 180), rv,
       case when f < 0.25 then 'REDUCED' when f < 0.85 then 'STAYED_THE_SAME' else 'INCREASED' end,
       case when s < 0.2 then 'REDUCED' when s < 0.9 then 'STAYED_THE_SAME' else 'INCREASED' end,
       random() < 0.3, null, null, 'bench', rv::timestamptz + interval '10 hours', cohort, selected_on, exited_on
from (
  select c.id, c.scheme_id, c.selected_on, c.cohort, c.exited_on, random() as f, random() as s,
         c.selected_on + (random() * (coalesce(c.exited_on, date '2026-11-24') - c.selected_on))::int as rv
  from iom_case c join bench_scheme b on b.id = c.scheme_id, generate_series(1, 2) k
) x;

-- 20,000 corrections (cases / 50): each supersedes one review (same date, recorded two days later, other values).
insert into outcome_review (id, case_id, scheme_id, reviewed_on, period_from, period_to, frequency, seriousness,
                            proven_reoffending, note, supersedes_id, recorded_by, recorded_at, case_cohort,
                            case_selected_on, case_exited_on)
select pg_temp.uuid7(o.recorded_at + interval '2 days'), o.case_id, o.scheme_id, o.reviewed_on, o.period_from,
       o.period_to, 'REDUCED', o.seriousness, not o.proven_reoffending, 'correction', o.id, 'bench',
       o.recorded_at + interval '2 days', o.case_cohort, o.case_selected_on, o.case_exited_on
from (select r.* from outcome_review r join bench_scheme b on b.id = r.scheme_id
      order by random() limit :cases / 50) o;

-- 1,300,000 needs assessments: one at selection, and a reassessment 200 days later for 30% of cases.
insert into needs_assessment (id, case_id, scheme_id, assessed_on, accommodation, education_training_and_employability,
                              financial_management_and_income, relationships, lifestyle_and_associates, drug_misuse,
                              alcohol_misuse, emotional_well_being, thinking_and_behaviour, attitudes, recorded_by,
                              recorded_at, case_cohort, case_selected_on, case_exited_on)
select pg_temp.uuid7(d::timestamptz + interval '9 hours'), id, scheme_id, d,
       pg_temp.need(random()), pg_temp.need(random()), pg_temp.need(random()), pg_temp.need(random()),
       pg_temp.need(random()), pg_temp.need(random()), pg_temp.need(random()), pg_temp.need(random()),
       pg_temp.need(random()), pg_temp.need(random()), 'bench', d::timestamptz + interval '9 hours', cohort,
       selected_on, exited_on
from (
  select c.id, c.scheme_id, c.cohort, c.selected_on, c.exited_on, least(c.selected_on + 200 * (k - 1), date '2026-11-24') as d
  from iom_case c join bench_scheme b on b.id = c.scheme_id, generate_series(1, 2) k
  where k = 1 or abs(hashtext(c.id::text)) % 10 < 3  -- per case (a bare random() would be evaluated once per k)
) x;

set session_replication_role = origin;
select statistics_rebuild();

vacuum (analyze) scheme, iom_case, outcome_review, needs_assessment, case_month;
select (select count(*) from scheme) as schemes, (select count(*) from iom_case) as cases,
       (select count(*) from outcome_review) as reviews, (select count(*) from needs_assessment) as needs_assessments;
