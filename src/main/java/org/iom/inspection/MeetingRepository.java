package org.iom.inspection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.ProblemException;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public Meeting require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Meeting", id));
    }

    /** The group's latest meeting. */
    public Optional<Meeting> latest(String group) {
        return find("meetingGroup = ?1 order by heldOn desc", group).firstResultOptional();
    }

    /** The latest meeting of any group held on or before {@code day} (the latest created, of two on one day). */
    public Optional<Meeting> latestHeldBy(LocalDate day) {
        return find("heldOn <= ?1 order by heldOn desc, id desc", day).firstResultOptional();
    }

    /** The group's meeting before this one. */
    public Optional<Meeting> previous(Meeting m) {
        return find("meetingGroup = ?1 and heldOn < ?2 order by heldOn desc", m.meetingGroup, m.heldOn)
                .firstResultOptional();
    }

    /** Serialises the creation of the group's meetings (a transaction-scoped advisory lock), so dates stay in order. */
    public void lockGroup(String group) {
        getEntityManager().createNativeQuery(
                        "select 1 from (select pg_advisory_xact_lock(hashtext('oversight_meeting:' || ?1))) l")
                .setParameter(1, group).getSingleResult();
    }
}
