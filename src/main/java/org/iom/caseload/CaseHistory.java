package org.iom.caseload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.iom.audit.AccessContext;
import org.iom.common.AppClock;
import org.iom.common.Ids;
import org.iom.common.db.Database;
import org.iom.security.Caller;

/**
 * Writes a case's history (ADR 0037) in the transaction of the change: who (the caller), when, what (each field's old
 * and new value, as the API writes them) and why (X-Access-Reason). Reads: {@link CaseHistoryService}.
 */
@ApplicationScoped
class CaseHistory {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    @Inject CaseHistoryRepository repository;
    @Inject Database database;
    @Inject Caller caller;
    @Inject AccessContext context;
    @Inject ObjectMapper json;
    @Inject AppClock clock;

    /** Records {@code operation} on case {@code caseId} with {@code changes}, in the caller's transaction. */
    void record(UUID caseId, HistoryOperation operation, UUID resourceId, List<FieldChange> changes) {
        CaseHistoryRepository.Row row = new CaseHistoryRepository.Row(Ids.newId(), caseId, clock.now(),
                caller.subject(), caller.displayName(), operation, resourceId, write(changes), context.reason(),
                context.requestId());
        database.useTransaction(h -> repository.insert(h, row));
    }

    /**
     * The fields whose values differ between {@code before} and {@code after} (records or objects as the API writes
     * them; null before is a creation), in the order {@code after} writes them; nested objects as dotted names.
     */
    List<FieldChange> diff(Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        diff("", tree(before), tree(after), changes);
        return changes;
    }

    private void diff(String prefix, JsonNode before, JsonNode after, List<FieldChange> changes) {
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode old = before.path(name);
            JsonNode now = after.path(name);
            if (old.isObject() || now.isObject()) {
                diff(prefix + name + ".", old.isObject() ? old : json.createObjectNode(),
                        now.isObject() ? now : json.createObjectNode(), changes);
            } else if (!Objects.equals(value(old), value(now))) {
                changes.add(new FieldChange(prefix + name, value(old), value(now)));
            }
        }
    }

    List<FieldChange> read(String changes) {
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case_history.changes is not a list of field changes", e);
        }
    }

    private String write(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tree(Object o) {
        return o == null ? json.createObjectNode() : json.valueToTree(o);
    }

    /** A value as text; null for none (an array or object value is written as JSON). */
    private static String value(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
