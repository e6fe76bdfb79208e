-- Supporting indexes for the statistics endpoints (org.iom.statistics). Each lets PostgreSQL answer from the index
-- alone (index-only scans; autovacuum keeps the visibility map current), so a figure over a million cases reads a
-- narrow index instead of the table. See docs/statistics.md and docs/benchmarks.md.

-- Caseload (active on a date, selected/exited in a period) per scheme and cohort; the active cases of the needs and
-- coverage figures (id included for their joins).
create index iom_case_statistics on iom_case (scheme_id, cohort, selected_on, exited_on) include (id);

-- Outcome and coverage figures: the reviews of a period, with everything needed to keep each case's latest review and
-- count its outcome.
create index outcome_review_statistics on outcome_review (reviewed_on)
    include (case_id, scheme_id, recorded_at, id, frequency, seriousness, proven_reoffending);

-- Needs profile: each case's latest assessment in case order, with the ten need areas, read without the table.
create index needs_assessment_latest on needs_assessment (case_id, assessed_on desc, recorded_at desc, id desc)
    include (accommodation, education_training_and_employability, financial_management_and_income, relationships,
             lifestyle_and_associates, drug_misuse, alcohol_misuse, emotional_well_being, thinking_and_behaviour,
             attitudes);
