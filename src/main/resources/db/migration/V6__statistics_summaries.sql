-- Write-time support for the statistics endpoints (org.iom.statistics, ADR 0022): the figures over a million cases
-- are answered from small or narrow structures that the database keeps current in the same transaction as every
-- write, so a statistics request never sorts or joins the whole caseload.
--
-- 1. case_month: cases selected and exited per scheme, cohort and calendar month. Caseload figures for any date or
--    period add up the whole months and count the (at most two) partial months at the edges exactly from iom_case.
-- 2. outcome_review.superseded / next_reviewed_on: whether another review supersedes a review, and the date of the
--    case's next review that is not superseded (null for its latest). A review is its case's latest review in a
--    period [from, to] exactly when it is not superseded, from <= reviewed_on <= to and next_reviewed_on is null or
--    after to: the "latest review per case" becomes a filter on one index range, with no sort and no DISTINCT.
-- 3. needs_assessment.next_assessed_on: the same for assessments (the current assessment as of a date).
-- 4. case_cohort, case_selected_on, case_exited_on copied from the case onto its reviews and assessments (and kept
--    in step when the case changes), so "active on a date" and cohort need no join to iom_case.
-- Every derived value is maintained by the triggers below, in the writing transaction. StatisticsEquivalenceTest
-- writes random histories and checks every figure against its definition computed from the base tables.

-- ---------------------------------------------------------------------------------------------------------------
-- 1. Cases selected and exited per scheme, cohort and month
-- ---------------------------------------------------------------------------------------------------------------
create table case_month (
    scheme_id  uuid       not null references scheme (id),
    cohort     varchar(5) not null,
    month      date       not null check (extract(day from month) = 1),
    selected   integer    not null default 0,
    exited     integer    not null default 0,
    primary key (scheme_id, cohort, month)
);

-- ---------------------------------------------------------------------------------------------------------------
-- 2-4. Reviews and assessments: the case's facts, and the next one in the case's order
-- ---------------------------------------------------------------------------------------------------------------
alter table outcome_review
    add column superseded       boolean    not null default false,
    add column next_reviewed_on date,
    add column case_cohort      varchar(5),
    add column case_selected_on date,
    add column case_exited_on   date;
alter table needs_assessment
    add column next_assessed_on date,
    add column case_cohort      varchar(5),
    add column case_selected_on date,
    add column case_exited_on   date;

-- Rebuilds every derived value from the base tables (this migration's backfill; also for bulk loaders that load
-- with triggers off, e.g. scripts/seed-large.sql, and for an operator after a manual repair). Idempotent; writes only
-- rows whose values change.
create function statistics_rebuild() returns void language plpgsql as $$
begin
    delete from case_month;
    insert into case_month (scheme_id, cohort, month, selected, exited)
    select scheme_id, cohort, month, sum(s), sum(e) from (
        select scheme_id, cohort, date_trunc('month', selected_on)::date as month, 1 as s, 0 as e from iom_case
        union all
        select scheme_id, cohort, date_trunc('month', exited_on)::date, 0, 1 from iom_case where exited_on is not null
    ) d
    group by scheme_id, cohort, month;

    update outcome_review r
    set case_cohort = c.cohort, case_selected_on = c.selected_on, case_exited_on = c.exited_on
    from iom_case c
    where c.id = r.case_id
      and (r.case_cohort, r.case_selected_on, r.case_exited_on) is distinct from (c.cohort, c.selected_on, c.exited_on);
    update needs_assessment a
    set case_cohort = c.cohort, case_selected_on = c.selected_on, case_exited_on = c.exited_on
    from iom_case c
    where c.id = a.case_id
      and (a.case_cohort, a.case_selected_on, a.case_exited_on) is distinct from (c.cohort, c.selected_on, c.exited_on);

    with sup as (
        select r.id, (s.id is not null) as sup
        from outcome_review r left join outcome_review s on s.supersedes_id = r.id
    )
    update outcome_review r set superseded = sup.sup
    from sup where sup.id = r.id and r.superseded is distinct from sup.sup;
    with ch as (
        select id, case when superseded then null
                        else lead(reviewed_on) over (partition by case_id, superseded
                                                     order by reviewed_on, recorded_at, id) end as nxt
        from outcome_review
    )
    update outcome_review r set next_reviewed_on = ch.nxt
    from ch where ch.id = r.id and r.next_reviewed_on is distinct from ch.nxt;
    with ch as (
        select id, lead(assessed_on) over (partition by case_id order by assessed_on, recorded_at, id) as nxt
        from needs_assessment
    )
    update needs_assessment a set next_assessed_on = ch.nxt
    from ch where ch.id = a.id and a.next_assessed_on is distinct from ch.nxt;
end $$;

select statistics_rebuild();
alter table outcome_review alter column case_cohort set not null, alter column case_selected_on set not null;
alter table needs_assessment alter column case_cohort set not null, alter column case_selected_on set not null;

-- ---------------------------------------------------------------------------------------------------------------
-- Triggers
-- ---------------------------------------------------------------------------------------------------------------
create function iom_case_after_insert() returns trigger language plpgsql as $$
begin
    insert into case_month as m (scheme_id, cohort, month, selected, exited)
    select scheme_id, cohort, month, sum(s), sum(e) from (
        select scheme_id, cohort, date_trunc('month', selected_on)::date as month, 1 as s, 0 as e from new_rows
        union all
        select scheme_id, cohort, date_trunc('month', exited_on)::date, 0, 1 from new_rows where exited_on is not null
    ) d
    group by scheme_id, cohort, month
    order by scheme_id, cohort, month
    on conflict (scheme_id, cohort, month)
        do update set selected = m.selected + excluded.selected, exited = m.exited + excluded.exited;
    return null;
end $$;

create function iom_case_after_update() returns trigger language plpgsql as $$
begin
    -- Only rows whose scheme, cohort, selection or exit changed move counts (a PATCH of the RAG status does not).
    -- Changed rows are found with EXCEPT (hashed set operations), never a join of the two transition tables, which
    -- have no index and no statistics: a bulk update stays linear.
    if not exists (select id, scheme_id, cohort, selected_on, exited_on from new_rows
                   except select id, scheme_id, cohort, selected_on, exited_on from old_rows) then
        return null;
    end if;
    with change as (
        select true as removed, * from (select id, scheme_id, cohort, selected_on, exited_on from old_rows
                                    except select id, scheme_id, cohort, selected_on, exited_on from new_rows) o
        union all
        select false, * from (select id, scheme_id, cohort, selected_on, exited_on from new_rows
                              except select id, scheme_id, cohort, selected_on, exited_on from old_rows) n
    ), months as (
        insert into case_month as m (scheme_id, cohort, month, selected, exited)
        select scheme_id, cohort, month, sum(s), sum(e) from (
            select scheme_id, cohort, date_trunc('month', selected_on)::date as month,
                   case when removed then -1 else 1 end as s, 0 as e
            from change
            union all
            select scheme_id, cohort, date_trunc('month', exited_on)::date, 0, case when removed then -1 else 1 end
            from change where exited_on is not null
        ) d
        group by scheme_id, cohort, month
        having sum(s) <> 0 or sum(e) <> 0
        order by scheme_id, cohort, month
        on conflict (scheme_id, cohort, month)
            do update set selected = m.selected + excluded.selected, exited = m.exited + excluded.exited
        returning 1
    ), reviews as (
        -- The case's cohort, selection and exit, copied onto its reviews and assessments.
        update outcome_review r
        set case_cohort = n.cohort, case_selected_on = n.selected_on, case_exited_on = n.exited_on
        from change n
        where not n.removed and r.case_id = n.id
          and (r.case_cohort, r.case_selected_on, r.case_exited_on) is distinct from (n.cohort, n.selected_on, n.exited_on)
        returning 1
    )
    update needs_assessment a
    set case_cohort = n.cohort, case_selected_on = n.selected_on, case_exited_on = n.exited_on
    from change n
    where not n.removed and a.case_id = n.id
      and (a.case_cohort, a.case_selected_on, a.case_exited_on) is distinct from (n.cohort, n.selected_on, n.exited_on);
    return null;
end $$;

create function iom_case_after_delete() returns trigger language plpgsql as $$
begin
    insert into case_month as m (scheme_id, cohort, month, selected, exited)
    select scheme_id, cohort, month, sum(s), sum(e) from (
        select scheme_id, cohort, date_trunc('month', selected_on)::date as month, -1 as s, 0 as e from old_rows
        union all
        select scheme_id, cohort, date_trunc('month', exited_on)::date, 0, -1 from old_rows where exited_on is not null
    ) d
    group by scheme_id, cohort, month
    order by scheme_id, cohort, month
    on conflict (scheme_id, cohort, month)
        do update set selected = m.selected + excluded.selected, exited = m.exited + excluded.exited;
    return null;
end $$;

create trigger iom_case_month_insert after insert on iom_case
    referencing new table as new_rows for each statement execute function iom_case_after_insert();
create trigger iom_case_month_update after update on iom_case
    referencing old table as old_rows new table as new_rows for each statement execute function iom_case_after_update();
create trigger iom_case_month_delete after delete on iom_case
    referencing old table as old_rows for each statement execute function iom_case_after_delete();

-- A new review or assessment takes its case's facts as it is written.
create function copy_case_facts() returns trigger language plpgsql as $$
begin
    select c.cohort, c.selected_on, c.exited_on into new.case_cohort, new.case_selected_on, new.case_exited_on
    from iom_case c where c.id = new.case_id;
    return new;
end $$;
create trigger outcome_review_case_facts before insert on outcome_review
    for each row execute function copy_case_facts();
create trigger needs_assessment_case_facts before insert on needs_assessment
    for each row execute function copy_case_facts();

-- Recompute superseded and next_reviewed_on for every review of the cases in the transition table (joined, never
-- passed as an array: a bulk insert touches a million cases), writing only the rows that change.
create function outcome_review_after_insert() returns trigger language plpgsql as $$
begin
    with affected as (select distinct case_id from new_rows),
    rv as (
        select r.id, r.case_id, r.reviewed_on, r.recorded_at,
               exists (select 1 from outcome_review s where s.supersedes_id = r.id) as sup
        from outcome_review r join affected a on a.case_id = r.case_id
    ), ch as (
        select id, sup,
               case when sup then null
                    else lead(reviewed_on) over (partition by case_id, sup order by reviewed_on, recorded_at, id) end as nxt
        from rv
    )
    update outcome_review r set superseded = ch.sup, next_reviewed_on = ch.nxt
    from ch
    where ch.id = r.id and (r.superseded, r.next_reviewed_on) is distinct from (ch.sup, ch.nxt);
    return null;
end $$;
create function outcome_review_after_update() returns trigger language plpgsql as $$
begin
    -- Only changes of what orders or supersedes reviews matter: not an erasure of the notes, nor the derived
    -- columns written below. Returning early also ends the recursion (a statement trigger fires even for an update
    -- of no rows, so the nested update must not run again). EXCEPT, not a join of the transition tables (see
    -- iom_case_after_update).
    if not exists (select id, case_id, reviewed_on, recorded_at, supersedes_id from new_rows
                   except select id, case_id, reviewed_on, recorded_at, supersedes_id from old_rows) then
        return null;
    end if;
    with changed as (
        (select id, case_id, reviewed_on, recorded_at, supersedes_id from old_rows
         except select id, case_id, reviewed_on, recorded_at, supersedes_id from new_rows)
        union all
        (select id, case_id, reviewed_on, recorded_at, supersedes_id from new_rows
         except select id, case_id, reviewed_on, recorded_at, supersedes_id from old_rows)
    ), affected as (
        select distinct case_id from changed
    ), rv as (
        select r.id, r.case_id, r.reviewed_on, r.recorded_at,
               exists (select 1 from outcome_review s where s.supersedes_id = r.id) as sup
        from outcome_review r join affected a on a.case_id = r.case_id
    ), ch as (
        select id, sup,
               case when sup then null
                    else lead(reviewed_on) over (partition by case_id, sup order by reviewed_on, recorded_at, id) end as nxt
        from rv
    )
    update outcome_review r set superseded = ch.sup, next_reviewed_on = ch.nxt
    from ch
    where ch.id = r.id and (r.superseded, r.next_reviewed_on) is distinct from (ch.sup, ch.nxt);
    return null;
end $$;
create function outcome_review_after_delete() returns trigger language plpgsql as $$
begin
    with affected as (select distinct case_id from old_rows),
    rv as (
        select r.id, r.case_id, r.reviewed_on, r.recorded_at,
               exists (select 1 from outcome_review s where s.supersedes_id = r.id) as sup
        from outcome_review r join affected a on a.case_id = r.case_id
    ), ch as (
        select id, sup,
               case when sup then null
                    else lead(reviewed_on) over (partition by case_id, sup order by reviewed_on, recorded_at, id) end as nxt
        from rv
    )
    update outcome_review r set superseded = ch.sup, next_reviewed_on = ch.nxt
    from ch
    where ch.id = r.id and (r.superseded, r.next_reviewed_on) is distinct from (ch.sup, ch.nxt);
    return null;
end $$;
create trigger outcome_review_chain_insert after insert on outcome_review
    referencing new table as new_rows for each statement execute function outcome_review_after_insert();
create trigger outcome_review_chain_update after update on outcome_review
    referencing old table as old_rows new table as new_rows for each statement execute function outcome_review_after_update();
create trigger outcome_review_chain_delete after delete on outcome_review
    referencing old table as old_rows for each statement execute function outcome_review_after_delete();

create function needs_assessment_after_insert() returns trigger language plpgsql as $$
begin
    with ch as (
        select n.id, lead(n.assessed_on) over (partition by n.case_id order by n.assessed_on, n.recorded_at, n.id) as nxt
        from needs_assessment n join (select distinct case_id from new_rows) a on a.case_id = n.case_id
    )
    update needs_assessment x set next_assessed_on = ch.nxt
    from ch
    where ch.id = x.id and x.next_assessed_on is distinct from ch.nxt;
    return null;
end $$;
create function needs_assessment_after_update() returns trigger language plpgsql as $$
begin
    -- As for reviews: only a change of case, date or recording time matters (EXCEPT, not a join), and returning
    -- early ends the recursion.
    if not exists (select id, case_id, assessed_on, recorded_at from new_rows
                   except select id, case_id, assessed_on, recorded_at from old_rows) then
        return null;
    end if;
    with changed as (
        (select id, case_id, assessed_on, recorded_at from old_rows
         except select id, case_id, assessed_on, recorded_at from new_rows)
        union all
        (select id, case_id, assessed_on, recorded_at from new_rows
         except select id, case_id, assessed_on, recorded_at from old_rows)
    ), ch as (
        select n.id, lead(n.assessed_on) over (partition by n.case_id order by n.assessed_on, n.recorded_at, n.id) as nxt
        from needs_assessment n join (select distinct case_id from changed) a on a.case_id = n.case_id
    )
    update needs_assessment x set next_assessed_on = ch.nxt
    from ch
    where ch.id = x.id and x.next_assessed_on is distinct from ch.nxt;
    return null;
end $$;
create function needs_assessment_after_delete() returns trigger language plpgsql as $$
begin
    with ch as (
        select n.id, lead(n.assessed_on) over (partition by n.case_id order by n.assessed_on, n.recorded_at, n.id) as nxt
        from needs_assessment n join (select distinct case_id from old_rows) a on a.case_id = n.case_id
    )
    update needs_assessment x set next_assessed_on = ch.nxt
    from ch
    where ch.id = x.id and x.next_assessed_on is distinct from ch.nxt;
    return null;
end $$;
create trigger needs_assessment_chain_insert after insert on needs_assessment
    referencing new table as new_rows for each statement execute function needs_assessment_after_insert();
create trigger needs_assessment_chain_update after update on needs_assessment
    referencing old table as old_rows new table as new_rows for each statement execute function needs_assessment_after_update();
create trigger needs_assessment_chain_delete after delete on needs_assessment
    referencing old table as old_rows for each statement execute function needs_assessment_after_delete();

-- The exact edges of a period: cases selected (or exited) between two dates of one month.
drop index iom_case_statistics;
create index iom_case_selected_on on iom_case (selected_on) include (scheme_id, cohort);
create index iom_case_exited_on on iom_case (exited_on) include (scheme_id, cohort) where exited_on is not null;

-- Outcomes and coverage: the reviews of a period that are their case's latest in it, read from the index alone.
drop index outcome_review_statistics;
create index outcome_review_latest_in_period on outcome_review (reviewed_on)
    include (next_reviewed_on, scheme_id, case_cohort, case_selected_on, case_exited_on, frequency, seriousness,
             proven_reoffending)
    where not superseded;

-- Needs: the assessments of cases not exited by a date (exit "infinity" while active), with the ten need areas.
drop index needs_assessment_latest;
create index needs_assessment_current on needs_assessment ((coalesce(case_exited_on, 'infinity'::date)))
    include (case_exited_on, assessed_on, next_assessed_on, case_selected_on, scheme_id, case_cohort, accommodation,
             education_training_and_employability, financial_management_and_income, relationships,
             lifestyle_and_associates, drug_misuse, alcohol_misuse, emotional_well_being, thinking_and_behaviour,
             attitudes);
