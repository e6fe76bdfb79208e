-- Sealed checkpoints over the access log (ADR 0032). Checkpoint n covers the audit_event rows with
-- after_event_id < id <= last_event_id; mac is HMAC-SHA256, keyed with iom.audit.seal.key (a secret the database does
-- not hold), over checkpoint n-1's mac, this row's fields and every covered row (org.iom.audit.AuditSeal). The table is
-- append-only like the log: the runtime role may read and append (grants from V12's default privileges, narrowed
-- here), and triggers refuse update, delete and truncate to everyone else but an owner who switches them off.
create table audit_checkpoint (
    seq             bigint       primary key check (seq >= 1),
    after_event_id  bigint       not null,
    last_event_id   bigint       not null check (last_event_id > after_event_id),
    entries         integer      not null check (entries >= 1),
    sealed_at       timestamptz  not null,
    mac             varchar(64)  not null
);

create trigger audit_checkpoint_no_update before update or delete on audit_checkpoint
    for each row execute function audit_event_is_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_event_is_append_only();

do $$
begin
    execute format('revoke update, delete, truncate, references, trigger on audit_checkpoint from %I', '${runtime_role}');
end $$;
