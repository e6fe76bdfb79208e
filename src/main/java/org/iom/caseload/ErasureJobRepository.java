package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iom.security.Caller;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of bulk erasure jobs (ADR 0036). The job's state lives in the database, so any instance may run any job:
 * a worker claims a PENDING case with {@code FOR UPDATE SKIP LOCKED} and erases it in that same transaction, so two
 * instances never erase the same case and neither waits for the other.
 */
@ApplicationScoped
public class ErasureJobRepository {

    /** A claimed case, with the identity and the request of whoever asked for its job. */
    record Claim(UUID jobId, UUID caseId, String requestedBy, String requestedClient, String requestedRoles,
            String reason, String requestId) {

        Caller.Acting acting() {
            return new Caller.Acting(requestedBy, requestedClient, Set.copyOf(Arrays.asList(requestedRoles.split(","))));
        }
    }

    /** A job's row and counts. */
    record Job(UUID id, String requestedBy, Instant requestedAt, Instant finishedAt, int total, int erased,
            int failed) {}

    void create(Handle h, UUID id, List<UUID> caseIds, Claim who, Instant now) {
        h.createUpdate("""
                insert into erasure_job (id, requested_by, requested_client, requested_roles, reason, request_id,
                                         requested_at)
                values (:id, :by, :client, :roles, :reason, :requestId, :now)""")
                .bind("id", id).bind("by", who.requestedBy()).bind("client", who.requestedClient())
                .bind("roles", who.requestedRoles()).bind("reason", who.reason()).bind("requestId", who.requestId())
                .bind("now", now).execute();
        h.createUpdate("""
                insert into erasure_job_case (job_id, case_id, position, state)
                select :id, t.case_id, t.n, 'PENDING' from unnest(:ids) with ordinality as t(case_id, n)""")
                .bind("id", id).bind("ids", caseIds.toArray(new UUID[0])).execute();
    }

    /** The next PENDING case of any unfinished job (oldest job first) that no other worker holds, locked. */
    Optional<Claim> claim(Handle h) {
        return h.createQuery("""
                select j.id as job_id, c.case_id, j.requested_by, j.requested_client, j.requested_roles, j.reason,
                       j.request_id
                from erasure_job j join erasure_job_case c on c.job_id = j.id and c.state = 'PENDING'
                where j.finished_at is null
                order by j.requested_at, j.id, c.position
                limit 1
                for update of c skip locked""").mapTo(Claim.class).findOne();
    }

    /** Marks a PENDING case done (ERASED, or FAILED with {@code problem}); false when it was no longer PENDING. */
    boolean done(Handle h, UUID jobId, UUID caseId, String problem, Instant now) {
        return h.createUpdate("""
                update erasure_job_case set state = :state, problem = :problem, done_at = :now
                where job_id = :job and case_id = :case and state = 'PENDING'""")
                .bind("state", problem == null ? "ERASED" : "FAILED").bind("problem", problem).bind("now", now)
                .bind("job", jobId).bind("case", caseId).execute() > 0;
    }

    /** Sets the job FINISHED when no case of it is PENDING any more. */
    void finishIfDone(Handle h, UUID jobId, Instant now) {
        h.createUpdate("""
                update erasure_job set finished_at = :now
                where id = :job and finished_at is null
                  and not exists (select 1 from erasure_job_case where job_id = :job and state = 'PENDING')""")
                .bind("job", jobId).bind("now", now).execute();
    }

    /**
     * Sets FINISHED every unfinished job with no PENDING case. Two workers finishing a job's last two cases at once each
     * see the other's case still PENDING (not yet committed) in {@link #finishIfDone}, so neither finishes the job: a
     * run ends with this sweep. Returns how many jobs it finished.
     */
    int finishAllDone(Handle h, Instant now) {
        return h.createUpdate("""
                update erasure_job j set finished_at = :now
                where j.finished_at is null
                  and not exists (select 1 from erasure_job_case c where c.job_id = j.id and c.state = 'PENDING')""")
                .bind("now", now).execute();
    }

    Optional<Job> find(Handle h, UUID id) {
        return h.createQuery("""
                select j.id, j.requested_by, j.requested_at, j.finished_at, count(*)::int as total,
                       (count(*) filter (where c.state = 'ERASED'))::int as erased,
                       (count(*) filter (where c.state = 'FAILED'))::int as failed
                from erasure_job j join erasure_job_case c on c.job_id = j.id
                where j.id = :id group by j.id""").bind("id", id).mapTo(Job.class).findOne();
    }

    List<ErasureJobView.ErasureFailure> failures(Handle h, UUID id) {
        return h.createQuery("""
                select case_id, problem as detail from erasure_job_case
                where job_id = :id and state = 'FAILED' order by position""")
                .bind("id", id).mapTo(ErasureJobView.ErasureFailure.class).list();
    }
}
