package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Reads a case's history (ADR 0037): the case's scope rules, its consultation logged, keyset pages by id. */
@ApplicationScoped
public class CaseHistoryService {

    @Inject CaseAccess access;
    @Inject CaseHistoryRepository repository;
    @Inject CaseHistory history;

    public CaseHistoryPage page(UUID caseId, OutcomeReviewListQuery q) {
        UUID after = IdPaging.after(q.cursor());
        return access.consult(caseId, (h, c) -> {
            IdPaging.Slice<CaseHistoryRepository.Row> page = IdPaging.slice(
                    repository.page(h, c.id(), after, q.limit()), q.limit(), CaseHistoryRepository.Row::id);
            return new CaseHistoryPage(page.items().stream().map(this::entry).toList(), page.nextCursor());
        });
    }

    /** The case's first {@code max} entries, oldest first, in the caller's transaction (subject access). */
    List<CaseHistoryEntry> of(Handle h, UUID caseId, int max) {
        return repository.page(h, caseId, null, max).stream().limit(max).map(this::entry).toList();
    }

    private CaseHistoryEntry entry(CaseHistoryRepository.Row r) {
        return new CaseHistoryEntry(r.id(), r.occurredAt(), r.actor(), r.actorName(), r.operation(), r.resourceId(),
                history.read(r.changes()), r.reason());
    }
}
