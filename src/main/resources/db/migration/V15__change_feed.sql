-- The change feed (GET /v1/changes, ADR 0038): one entry per created or changed scheme, case, recommendation and
-- recommendation timeline entry, written by triggers in the transaction that makes the change, so an entry exists
-- exactly when its change committed. Entries hold ids, versions and kinds only: no personal data.
--
-- Commit order: sequence values are taken in one order and committed in another, so an entry's own number cannot be
-- the feed's order. Each writing transaction gets one change_transaction row; a deferred constraint trigger numbers it
-- (commit_seq) at COMMIT, under a transaction-level advisory lock that PostgreSQL releases only after the commit is
-- visible. So commit_seq values become visible in increasing order, with no hole that could fill in later: a reader
-- that has seen commit_seq N has already seen every transaction numbered below N. The feed is ordered by
-- (commit_seq, seq): commit order, then the order of the changes within a transaction.

create sequence change_commit_seq;

create table change_transaction (
    xid           xid8         primary key,
    commit_seq    bigint       unique,
    committed_at  timestamptz
);
create index change_transaction_committed on change_transaction (committed_at);

create table change_entry (
    seq           bigint       generated always as identity primary key,
    xid           xid8         not null,
    resource      varchar(24)  not null check (resource in ('scheme', 'case', 'recommendation', 'recommendation-update')),
    action        varchar(10)  not null check (action in ('created', 'updated', 'exited', 'erased')),
    resource_id   uuid         not null,
    -- The recommendation of a timeline entry (its URL); null otherwise.
    parent_id     uuid,
    -- The scheme a case belongs to (the practitioner scope), a scheme's own id; null for recommendations.
    scheme_id     uuid,
    -- The resource's @Version after the change (its ETag); null when a GET answers no ETag (erased case, timeline).
    version       bigint
);
create index change_entry_transaction on change_entry (xid, seq);

-- The last entry purged (retention, iom.changes.retention): a cursor before it has missed entries (410).
create table change_feed_horizon (
    only_row      boolean      primary key default true check (only_row),
    commit_seq    bigint       not null,
    seq           bigint       not null
);
insert into change_feed_horizon (commit_seq, seq) values (0, 0);

-- The writing transaction's row: numbered at its commit by change_transaction_commit.
create function change_feed_opened() returns void language sql as $$
    insert into change_transaction (xid) values (pg_current_xact_id()) on conflict (xid) do nothing
$$;

create function change_transaction_commit() returns trigger language plpgsql as $$
begin
    -- Held until the commit is visible: the next transaction is numbered only after this one can be read.
    perform pg_advisory_xact_lock(hashtextextended('change_feed:commit', 0));
    update change_transaction set commit_seq = nextval('change_commit_seq'), committed_at = clock_timestamp()
    where xid = new.xid;
    -- Wakes the long polls (delivered after the commit, one per transaction).
    perform pg_notify('iom_changes', '');
    return null;
end $$;
create constraint trigger change_transaction_commit after insert on change_transaction
    deferrable initially deferred for each row execute function change_transaction_commit();

-- Schemes (one function for both triggers: a transition table per event, as PostgreSQL requires).
create function change_feed_scheme() returns trigger language plpgsql as $$
begin
    insert into change_entry (xid, resource, action, resource_id, scheme_id, version)
    select pg_current_xact_id(), 'scheme', case tg_op when 'INSERT' then 'created' else 'updated' end,
           n.id, n.id, n.version
    from new_rows n order by n.id;
    if found then perform change_feed_opened(); end if;
    return null;
end $$;
create trigger change_feed_scheme_created after insert on scheme
    referencing new table as new_rows for each statement execute function change_feed_scheme();
create trigger change_feed_scheme_updated after update on scheme
    referencing new table as new_rows for each statement execute function change_feed_scheme();

-- Cases (selection, bulk import's COPY, change, exit, erasure).
create function change_feed_case_created() returns trigger language plpgsql as $$
begin
    insert into change_entry (xid, resource, action, resource_id, scheme_id, version)
    select pg_current_xact_id(), 'case', 'created', n.id, n.scheme_id, n.version from new_rows n order by n.id;
    if found then perform change_feed_opened(); end if;
    return null;
end $$;
create function change_feed_case_updated() returns trigger language plpgsql as $$
begin
    insert into change_entry (xid, resource, action, resource_id, scheme_id, version)
    select pg_current_xact_id(), 'case',
           case when n.erased_at is not null and o.erased_at is null then 'erased'
                when n.status = 'EXITED' and o.status = 'ACTIVE' then 'exited'
                else 'updated' end,
           n.id, n.scheme_id, case when n.erased_at is null then n.version end
    from new_rows n join old_rows o on o.id = n.id order by n.id;
    if found then perform change_feed_opened(); end if;
    return null;
end $$;
create trigger change_feed_case_created after insert on iom_case
    referencing new table as new_rows for each statement execute function change_feed_case_created();
create trigger change_feed_case_updated after update on iom_case
    referencing old table as old_rows new table as new_rows
    for each statement execute function change_feed_case_updated();

-- Recommendations and their timeline.
create function change_feed_recommendation() returns trigger language plpgsql as $$
begin
    insert into change_entry (xid, resource, action, resource_id, version)
    select pg_current_xact_id(), 'recommendation', case tg_op when 'INSERT' then 'created' else 'updated' end,
           n.id, n.version
    from new_rows n order by n.id;
    if found then perform change_feed_opened(); end if;
    return null;
end $$;
create function change_feed_recommendation_update_created() returns trigger language plpgsql as $$
begin
    insert into change_entry (xid, resource, action, resource_id, parent_id)
    select pg_current_xact_id(), 'recommendation-update', 'created', n.id, n.recommendation_id
    from new_rows n order by n.id;
    if found then perform change_feed_opened(); end if;
    return null;
end $$;
create trigger change_feed_recommendation_created after insert on recommendation
    referencing new table as new_rows for each statement execute function change_feed_recommendation();
create trigger change_feed_recommendation_updated after update on recommendation
    referencing new table as new_rows for each statement execute function change_feed_recommendation();
create trigger change_feed_recommendation_update_created after insert on recommendation_update
    referencing new table as new_rows
    for each statement execute function change_feed_recommendation_update_created();

-- The runtime role appends entries and purges old ones; it never edits one.
do $$
begin
    execute format('revoke update, truncate, references, trigger on change_entry from %I', '${runtime_role}');
    execute format('revoke truncate, references, trigger on change_transaction, change_feed_horizon from %I',
                   '${runtime_role}');
end $$;
