package org.iom.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What the database role a connection runs as may do beyond what ADR 0031 gives the runtime role: one line per
 * problem, none when the role is as it should be.
 */
@ApplicationScoped
public class RuntimeRoleQuery {

    private static final String PROBLEMS = """
            with me as (select oid, rolsuper from pg_roles where rolname = current_user),
                 log(t) as (values ('audit_event'), ('audit_checkpoint')),
                 change(p) as (values ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('TRIGGER'), ('REFERENCES'))
            select 'is a superuser' from me where rolsuper
            union all
            select 'owns ' || count(*) || ' tables, sequences or views ('
                   || array_to_string((array_agg(c.relname::text order by c.relname))[1 : 5], ', ')
                   || case when count(*) > 5 then ', ...' else '' end || ')'
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relowner = (select oid from me) and c.relkind in ('r', 'p', 'S', 'v', 'm', 'f')
              and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_temp%'
              and n.nspname not like 'pg\\_toast%'
            having count(*) > 0
            union all
            select 'is a member of ' || pg_get_userbyid(c.relowner) || ', the owner of ' || c.relname
            from log join pg_class c on c.oid = to_regclass(log.t)
            where c.relowner <> (select oid from me) and pg_has_role(current_user, c.relowner, 'MEMBER')
            union all
            select 'may ' || change.p || ' ' || log.t
            from log cross join change
            where to_regclass(log.t) is not null and has_table_privilege(log.t, change.p)
            union all
            select 'finds the append-only trigger ' || tgname || ' of ' || tgrelid::regclass || ' switched off'
            from pg_trigger where tgrelid in (select to_regclass(t) from log) and not tgisinternal and tgenabled = 'D'
            union all
            select 'may create objects in the schema ' || current_schema()
            where has_schema_privilege(current_schema(), 'CREATE')
            """;

    /** The problems, in a stable order; empty when the role is a proper runtime role. */
    public List<String> problems(Handle h) {
        return h.createQuery(PROBLEMS).mapTo(String.class).list();
    }

    /** The role the connection runs as. */
    public String role(Handle h) {
        return h.createQuery("select current_user").mapTo(String.class).one();
    }
}
