-- Who did what to a case (issue 22, ADR 0037).
--
-- 1. iom_case records who selected, exited and last changed it (the token's subject and a display name taken from
--    its name or preferred_username claim, else the subject), and the two cases of a transfer link to each other.
--    Cases selected before this migration have no selector on record (null).
-- 2. case_history: every change to a case, its needs and its outcome reviews, one row per operation with the fields
--    it changed (old and new values, as text), who, when and why (X-Access-Reason). Written in the transaction of the
--    change. Append-only for the runtime role: it may read and insert, never update or delete (revoked below). The one
--    exception is the erasure of the case's personal data (ADR 0020): erase_case_history, a function that runs with
--    the owner's rights, empties the values and reasons of an erased case's history and nothing else.
alter table iom_case
    add column selected_by              varchar(200),
    add column selected_by_name         varchar(200),
    add column exited_by                varchar(200),
    add column exited_by_name           varchar(200),
    add column updated_by               varchar(200),
    add column updated_by_name          varchar(200),
    add column transferred_from_case_id uuid references iom_case (id),
    add column transferred_to_case_id   uuid references iom_case (id);

-- TRANSFERRED: the exit of a case moved to another scheme (POST /v1/cases/{id}/transfer), and only that exit.
do $$
declare
    name text;
begin
    select conname into name from pg_constraint
    where conrelid = 'iom_case'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%exit_reason%RISK_REDUCED%';
    execute format('alter table iom_case drop constraint %I', name);
end $$;
alter table iom_case add constraint iom_case_exit_reason check (exit_reason is null or exit_reason in
    ('RISK_REDUCED', 'CUSTODY', 'MOVED_AWAY', 'NON_ENGAGEMENT', 'DECEASED', 'OTHER', 'TRANSFERRED'));
alter table iom_case add constraint iom_case_transferred_to
    check ((exit_reason is not distinct from 'TRANSFERRED') = (transferred_to_case_id is not null));
create index iom_case_transferred_from on iom_case (transferred_from_case_id) where transferred_from_case_id is not null;
create index iom_case_transferred_to on iom_case (transferred_to_case_id) where transferred_to_case_id is not null;

create table case_history (
    id           uuid          primary key,
    case_id      uuid          not null references iom_case (id),
    occurred_at  timestamptz   not null,
    actor        varchar(200)  not null,
    actor_name   varchar(200)  not null,
    operation    varchar(30)   not null check (operation in ('SELECTED', 'CHANGED', 'EXITED', 'TRANSFERRED_OUT',
                                                             'TRANSFERRED_IN', 'NEEDS_ASSESSED', 'OUTCOME_REVIEW_RECORDED')),
    resource_id  uuid,
    changes      jsonb         not null check (jsonb_typeof(changes) = 'array'),
    reason       varchar(500),
    request_id   varchar(100),
    erased_at    timestamptz,
    check (erased_at is null or reason is null)
);
create index case_history_case on case_history (case_id, id);

do $$
begin
    execute format('revoke update, delete, truncate, references, trigger on case_history from %I', '${runtime_role}');
end $$;

-- Erasure (ADR 0020) of a case's history: each change keeps its field name, when, who and what kind; the values and
-- the reason become null. Only for a case already erased, in the erasing transaction (CaseService.erase).
create function erase_case_history(erased_case uuid) returns integer
    language plpgsql security definer set search_path = public as $$
declare
    erased integer;
begin
    if not exists (select 1 from iom_case where id = erased_case and erased_at is not null) then
        raise exception 'case % is not erased: its history stays as it is', erased_case using errcode = '42501';
    end if;
    update case_history h
    set changes = (select coalesce(jsonb_agg(jsonb_build_object('field', x.e -> 'field', 'oldValue', null,
                                                                'newValue', null) order by x.n), '[]'::jsonb)
                   from jsonb_array_elements(h.changes) with ordinality as x(e, n)),
        reason = null, erased_at = now()
    where h.case_id = erased_case and h.erased_at is null;
    get diagnostics erased = row_count;
    return erased;
end $$;
revoke all on function erase_case_history(uuid) from public;
do $$
begin
    execute format('grant execute on function erase_case_history(uuid) to %I', '${runtime_role}');
end $$;
