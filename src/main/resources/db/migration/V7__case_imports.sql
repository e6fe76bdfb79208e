-- Bulk import of cases (POST /v1/case-imports, ADR 0021). One row per import: its progress while it runs (written
-- from separate short transactions, so every pod sees it) and its final report. The cases of a completed import name
-- it in iom_case.import_id (provenance; also how its access-log entries are written set-based).
create table case_import (
    id                     uuid          primary key,
    scheme_id              uuid          not null references scheme (id),
    format                 varchar(6)    not null check (format in ('CSV', 'NDJSON')),
    status                 varchar(9)    not null check (status in ('RUNNING', 'COMPLETED', 'REJECTED', 'FAILED')),
    rows_read              bigint        not null check (rows_read >= 0),
    imported               bigint        not null check (imported >= 0),
    rejected_count         bigint        not null check (rejected_count >= 0),
    rejected_truncated     boolean       not null,
    -- The rejected rows ([{line, field, message}], at most the first 1000), for a REJECTED import.
    rejected               jsonb,
    started_by             varchar(200)  not null,
    started_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    finished_at            timestamptz,
    check ((status = 'RUNNING') = (finished_at is null))
);
create index case_import_scheme on case_import (scheme_id, started_at);

-- Nullable without a default: adding it rewrites nothing. Cases selected one by one have none. No foreign key: the
-- import row is written by the same transaction that adds its cases, and a per-row key check would slow COPY.
alter table iom_case add column import_id uuid;
