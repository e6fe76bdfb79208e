-- Two database roles (ADR 0031). The role that runs the migrations (quarkus.flyway.username) owns every object; the
-- runtime role (quarkus.datasource.username, passed in as the placeholder runtime_role) serves requests with only the
-- privileges the application uses: data manipulation on the tables, nothing on the schema, no ownership. On the
-- access log it may read and append, nothing else (revoked below and in V12_1). Tables and sequences that later
-- migrations create get the same grants by default, so a new table cannot be forgotten.
do $$
declare
    app text := '${runtime_role}';
begin
    if app = '' or not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'The runtime role "%" (quarkus.datasource.username) does not exist. Create it (LOGIN, nothing else) before migrating, see docs/operations.md', app;
    end if;
    if app = current_user then
        raise exception 'The migrations run as the runtime role "%". Run them as the owner of the schema: set QUARKUS_FLYWAY_USERNAME and QUARKUS_FLYWAY_PASSWORD (ADR 0031)', app;
    end if;
    if (select rolsuper from pg_roles where rolname = app) then
        raise exception 'The runtime role "%" is a superuser: it must be an ordinary LOGIN role (ADR 0031)', app;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
    -- The access log: read and append only.
    execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', app);
    -- Flyway's history is the owner's business.
    execute format('revoke insert, update, delete, truncate, references, trigger on %I from %I', '${flyway:table}', app);
end $$;

-- No one but the owner creates objects in the schema (PostgreSQL 15 already starts so; older clusters did not).
revoke create on schema public from public;
