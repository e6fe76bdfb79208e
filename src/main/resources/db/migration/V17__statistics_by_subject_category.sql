-- Issue 21, ADR 0036 (addendum of 2026-12-02): the statistics filtered and broken down by category of data subject
-- (DPA 2018 s38(3): CONVICTED or SUSPECTED, iom_case.subject_category since V13). The write-time structures of V6
-- (ADR 0022) gain the category beside the cohort, and the triggers keep it current in the writing transaction: a
-- PATCH that changes a case's category moves its counts from one category to the other, as a cohort change does.
--
-- 1. case_month: counts per scheme, cohort, subject category and month.
-- 2. outcome_review / needs_assessment.case_subject_category: the case's category copied onto its reviews and
--    assessments (as case_cohort is), so outcomes, needs and coverage filter and group by it without a join.
-- 3. statistics_rebuild() and the iom_case triggers of V6 replaced by versions that carry the category; the rebuild
--    is this migration's backfill.
-- 4. The covering indexes the statistics read take the category too (index-only scans stay index-only).

-- ---------------------------------------------------------------------------------------------------------------
-- 1, 2. The new columns (filled by the rebuild below, then not null)
-- ---------------------------------------------------------------------------------------------------------------
alter table case_month add column subject_category varchar(9);
alter table case_month drop constraint case_month_pkey;
alter table outcome_review add column case_subject_category varchar(9);
alter table needs_assessment add column case_subject_category varchar(9);

-- ---------------------------------------------------------------------------------------------------------------
-- 3. The rebuild and the triggers, with the category
-- ---------------------------------------------------------------------------------------------------------------
-- Rebuilds every derived value from the base tables (as V6's, which it replaces: also for bulk loaders that load with
-- triggers off, e.g. scripts/seed-large.sql). Idempotent; writes only rows whose values change.
create or replace function statistics_rebuild() returns void language plpgsql as $$
declare
    facts_of text;
begin
    delete from case_month;
    insert into case_month (scheme_id, cohort, subject_category, month, selected, exited)
    select c.scheme_id, c.cohort, c.subject_category, d.month, sum(d.s), sum(d.e)
    from iom_case c
    cross join lateral (values (date_trunc('month', c.selected_on)::date, 1, 0),
                               (date_trunc('month', c.exited_on)::date, 0, 1)) d (month, s, e)
    where d.month is not null
    group by 1, 2, 3, 4;

    -- The case's facts on its reviews and assessments.
    foreach facts_of in array array['outcome_review', 'needs_assessment'] loop
        execute format($sql$
            update %I x
            set case_cohort = c.cohort, case_subject_category = c.subject_category, case_selected_on = c.selected_on,
                case_exited_on = c.exited_on
            from iom_case c
            where c.id = x.case_id and (x.case_cohort, x.case_subject_category, x.case_selected_on, x.case_exited_on)
                  is distinct from (c.cohort, c.subject_category, c.selected_on, c.exited_on)$sql$, facts_of);
    end loop;

    -- The review and assessment chains, as V6 defines them.
    with sup as (select r.id, s.id is not null as sup
                 from outcome_review r left join outcome_review s on s.supersedes_id = r.id)
    update outcome_review r set superseded = sup.sup
    from sup where sup.id = r.id and r.superseded is distinct from sup.sup;
    with ch as (select id, case when superseded then null else lead(reviewed_on) over (partition by case_id, superseded
                           order by reviewed_on, recorded_at, id) end as nxt from outcome_review)
    update outcome_review r set next_reviewed_on = ch.nxt
    from ch where ch.id = r.id and r.next_reviewed_on is distinct from ch.nxt;
    with ch as (select id, lead(assessed_on) over (partition by case_id order by assessed_on, recorded_at, id) as nxt
                from needs_assessment)
    update needs_assessment a set next_assessed_on = ch.nxt
    from ch where ch.id = a.id and a.next_assessed_on is distinct from ch.nxt;
end $$;

-- Cases inserted (a selection, an import's COPY) or deleted: one function for both, the transition table of either
-- named changed_rows, counted +1 or -1.
create function iom_case_month_insert_or_delete() returns trigger language plpgsql as $$
declare
    direction integer := case tg_op when 'DELETE' then -1 else 1 end;
begin
    insert into case_month as m (scheme_id, cohort, subject_category, month, selected, exited)
    select scheme_id, cohort, subject_category, month, sum(s) * direction, sum(e) * direction from (
        select scheme_id, cohort, subject_category, date_trunc('month', selected_on)::date as month, 1 as s, 0 as e
        from changed_rows
        union all
        select scheme_id, cohort, subject_category, date_trunc('month', exited_on)::date, 0, 1
        from changed_rows where exited_on is not null
    ) d
    group by scheme_id, cohort, subject_category, month
    order by scheme_id, cohort, subject_category, month
    on conflict (scheme_id, cohort, subject_category, month)
        do update set selected = m.selected + excluded.selected, exited = m.exited + excluded.exited;
    return null;
end $$;
drop trigger iom_case_month_insert on iom_case;
drop trigger iom_case_month_delete on iom_case;
drop function iom_case_after_insert();
drop function iom_case_after_delete();
create trigger iom_case_month_insert after insert on iom_case referencing new table as changed_rows
    for each statement execute function iom_case_month_insert_or_delete();
create trigger iom_case_month_delete after delete on iom_case referencing old table as changed_rows
    for each statement execute function iom_case_month_insert_or_delete();

create or replace function iom_case_after_update() returns trigger language plpgsql as $$
declare
    facts_of text;
begin
    -- Only rows whose scheme, cohort, category, selection or exit changed move counts (a PATCH of the RAG status
    -- does not). EXCEPT (hashed set operations), never a join of the two transition tables (V6).
    if not exists (select id, scheme_id, cohort, subject_category, selected_on, exited_on from new_rows
                   except select id, scheme_id, cohort, subject_category, selected_on, exited_on from old_rows) then
        return null;
    end if;
    with change as (
        select true as removed, * from (
            select id, scheme_id, cohort, subject_category, selected_on, exited_on from old_rows
            except select id, scheme_id, cohort, subject_category, selected_on, exited_on from new_rows) o
        union all
        select false, * from (
            select id, scheme_id, cohort, subject_category, selected_on, exited_on from new_rows
            except select id, scheme_id, cohort, subject_category, selected_on, exited_on from old_rows) n
    )
    insert into case_month as m (scheme_id, cohort, subject_category, month, selected, exited)
    select scheme_id, cohort, subject_category, month, sum(s), sum(e) from (
        select scheme_id, cohort, subject_category, date_trunc('month', selected_on)::date as month,
               case when removed then -1 else 1 end as s, 0 as e
        from change
        union all
        select scheme_id, cohort, subject_category, date_trunc('month', exited_on)::date, 0,
               case when removed then -1 else 1 end
        from change where exited_on is not null
    ) d
    group by scheme_id, cohort, subject_category, month
    having sum(s) <> 0 or sum(e) <> 0
    order by scheme_id, cohort, subject_category, month
    on conflict (scheme_id, cohort, subject_category, month)
        do update set selected = m.selected + excluded.selected, exited = m.exited + excluded.exited;
    -- The case's cohort, category, selection and exit, copied onto its reviews and assessments (the transition
    -- tables are visible to EXECUTE as to any query of this function).
    foreach facts_of in array array['outcome_review', 'needs_assessment'] loop
        execute format($sql$
            update %I x set (case_cohort, case_subject_category, case_selected_on, case_exited_on)
                = (n.cohort, n.subject_category, n.selected_on, n.exited_on)
            from (select id, cohort, subject_category, selected_on, exited_on from new_rows
                  except select id, cohort, subject_category, selected_on, exited_on from old_rows) n
            where x.case_id = n.id and (x.case_cohort, x.case_subject_category, x.case_selected_on, x.case_exited_on)
                  is distinct from (n.cohort, n.subject_category, n.selected_on, n.exited_on)$sql$, facts_of);
    end loop;
    return null;
end $$;

-- A new review or assessment takes its case's facts, the category included, as it is written.
create or replace function copy_case_facts() returns trigger language plpgsql as $$
begin
    select c.cohort, c.subject_category, c.selected_on, c.exited_on
    into new.case_cohort, new.case_subject_category, new.case_selected_on, new.case_exited_on
    from iom_case c where c.id = new.case_id;
    return new;
end $$;

-- The backfill: every derived value again, the category included.
select statistics_rebuild();
alter table case_month alter column subject_category set not null;
alter table case_month add constraint case_month_subject_category
    check (subject_category in ('CONVICTED', 'SUSPECTED'));
alter table case_month add primary key (scheme_id, cohort, subject_category, month);
alter table outcome_review alter column case_subject_category set not null;
alter table needs_assessment alter column case_subject_category set not null;

-- ---------------------------------------------------------------------------------------------------------------
-- 4. Covering indexes with the category
-- ---------------------------------------------------------------------------------------------------------------
drop index iom_case_selected_on;
create index iom_case_selected_on on iom_case (selected_on) include (scheme_id, cohort, subject_category);
drop index iom_case_exited_on;
create index iom_case_exited_on on iom_case (exited_on) include (scheme_id, cohort, subject_category)
    where exited_on is not null;

drop index outcome_review_latest_in_period;
create index outcome_review_latest_in_period on outcome_review (reviewed_on)
    include (next_reviewed_on, scheme_id, case_cohort, case_subject_category, case_selected_on, case_exited_on,
             frequency, seriousness, proven_reoffending)
    where not superseded;

drop index needs_assessment_current;
create index needs_assessment_current on needs_assessment ((coalesce(case_exited_on, 'infinity'::date)))
    include (case_exited_on, assessed_on, next_assessed_on, case_selected_on, scheme_id, case_cohort,
             case_subject_category, accommodation, education_training_and_employability,
             financial_management_and_income, relationships, lifestyle_and_associates, drug_misuse, alcohol_misuse,
             emotional_well_being, thinking_and_behaviour, attitudes);
