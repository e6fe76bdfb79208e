-- Issue 21, ADR 0036: categories of data subject (DPA 2018 s38(3)), retention review of exited cases (MoPI: a review
-- date, recorded decisions) and bulk erasure of reviewed cases as a job whose state lives here (any instance runs it).

-- 1. Whether the person managed is convicted or (only) suspected. Cases selected before this migration: the cohort's
--    default (FIXED and FLEX are defined by convictions; FREE is local discretion and need not mean a conviction).
alter table iom_case add column subject_category varchar(9);
update iom_case set subject_category = case when cohort = 'FREE' then 'SUSPECTED' else 'CONVICTED' end;
alter table iom_case alter column subject_category set not null;
alter table iom_case add constraint iom_case_subject_category check (subject_category in ('CONVICTED', 'SUSPECTED'));

-- 2. The next retention review of an exited case: set at exit (iom.retention.review-after, default 6 years after the
--    exit date), moved by a RETAIN decision. Null while the case is active. Cases exited before this migration: 6 years.
alter table iom_case add column retention_review_on date;
update iom_case set retention_review_on = (exited_on + interval '6 years')::date where exited_on is not null;
alter table iom_case add constraint iom_case_retention_review_when_exited
    check ((exited_on is null) = (retention_review_on is null));
create index iom_case_retention_due on iom_case (retention_review_on, id)
    where retention_review_on is not null and erased_at is null;

-- Rows written by SQL outside the service (the dev demo data, scripts/seed-large.sql, test fixtures) may leave both
-- out, or exit and re-activate a case: they get the same defaults (6 years; no review date while not exited). The
-- service always writes both itself, so the trigger's WHEN skips its rows.
create function iom_case_retention_defaults() returns trigger language plpgsql as $$
begin
    if new.subject_category is null then
        new.subject_category := case when new.cohort = 'FREE' then 'SUSPECTED' else 'CONVICTED' end;
    end if;
    if new.exited_on is not null and new.retention_review_on is null then
        new.retention_review_on := (new.exited_on + interval '6 years')::date;
    elsif new.exited_on is null then
        new.retention_review_on := null;
    end if;
    return new;
end $$;
create trigger iom_case_retention_defaults before insert or update on iom_case for each row
    when (new.subject_category is null or (new.exited_on is null) <> (new.retention_review_on is null))
    execute function iom_case_retention_defaults();

-- 3. Retention review decisions, one row each (RETAIN with the next review date, or ERASE); the reason is free text
--    (it may name the person): erasure nulls it.
create table retention_review (
    id                     uuid          primary key,
    case_id                uuid          not null references iom_case (id),
    scheme_id              uuid          not null references scheme (id),
    decision               varchar(6)    not null check (decision in ('RETAIN', 'ERASE')),
    reason                 varchar(2000),
    due_on                 date          not null,
    next_review_on         date,
    recorded_by            varchar(200)  not null,
    recorded_at            timestamptz   not null,
    check ((decision = 'RETAIN') = (next_review_on is not null))
);
create index retention_review_case on retention_review (case_id, recorded_at desc, id desc);

-- 4. Bulk erasure jobs: one row per request, one row per case in it. Workers on any instance claim a PENDING case
--    with FOR UPDATE SKIP LOCKED and erase it in that same transaction; the job's counts are read from the case rows.
create table erasure_job (
    id                     uuid          primary key,
    requested_by           varchar(200)  not null,
    requested_client       varchar(200),
    requested_roles        varchar(500)  not null,
    reason                 varchar(500)  not null,
    request_id             varchar(100),
    requested_at           timestamptz   not null,
    finished_at            timestamptz
);
create index erasure_job_unfinished on erasure_job (requested_at) where finished_at is null;

create table erasure_job_case (
    job_id                 uuid          not null references erasure_job (id),
    case_id                uuid          not null,
    position               integer       not null,
    state                  varchar(7)    not null check (state in ('PENDING', 'ERASED', 'FAILED')),
    problem                varchar(500),
    done_at                timestamptz,
    primary key (job_id, case_id),
    check ((state = 'FAILED') = (problem is not null)),
    check ((state = 'PENDING') = (done_at is null))
);
create index erasure_job_case_pending on erasure_job_case (job_id, position) where state = 'PENDING';
