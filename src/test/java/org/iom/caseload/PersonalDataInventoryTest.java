package org.iom.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.iom.common.db.Database;
import org.junit.jupiter.api.Test;

/**
 * Where personal data lives (issue 21): every column of every table of the schema is declared here with what it holds,
 * and ADR 0020 lists the same personal columns with what erasure does to each. A new table or column fails this test
 * until someone decides what it holds and, if it is about the person managed, how erasure reaches it.
 */
@QuarkusTest
class PersonalDataInventoryTest {

    /** Personal data of the person managed, and what erasing their case does to it (ADR 0020's list). */
    static final Map<String, String> SUBJECT = new TreeMap<>(Map.ofEntries(
            Map.entry("iom_case.crn", "set to null"),
            Map.entry("iom_case.pnc_id", "set to null"),
            Map.entry("iom_case.police_lead", "set to null"),
            Map.entry("iom_case.probation_lead", "set to null"),
            Map.entry("outcome_review.note", "set to null"),
            Map.entry("retention_review.reason", "set to null (free text that may name the person)"),
            Map.entry("case_history.changes", "old and new values set to null; field names kept (erase_case_history)"),
            Map.entry("case_history.reason", "set to null (X-Access-Reason of a change, free text)"),
            Map.entry("idempotency_record.body", "set to null (tombstone: a replay of the key is 404)"),
            Map.entry("idempotency_record.location", "set to null"),
            Map.entry("idempotency_record.etag", "set to null"),
            Map.entry("idempotency_record.request_hash", "set to null (hash of a body with the CRN)"),
            Map.entry("idempotency_record.idempotency_key", "becomes 'erased:' + its SHA-256"),
            Map.entry("case_import.rejected", "messages naming the CRN, PNC id or case id become \"(erased)\"")));

    /** Kept on erasure on purpose: a link or a free text that ADR 0020 explains. */
    static final Map<String, String> KEPT = new TreeMap<>(Map.ofEntries(
            Map.entry("audit_event.case_id", "the s62 log of the case, append-only; no identifier but the case id"),
            Map.entry("audit_event.reason", "X-Access-Reason, staff-written, append-only"),
            Map.entry("idempotency_record.subject_id", "the case id, so that erasure finds the record; expires with it"),
            Map.entry("iom_case.import_id", "provenance of an imported case, no personal data"),
            Map.entry("case_import.idempotency_key", "a whole file's key, chosen by the importer"),
            Map.entry("case_import.request_hash", "SHA-256 of a whole file"),
            Map.entry("erasure_job_case.case_id", "the case id, a bulk erasure's progress; no identifier but the id"),
            Map.entry("erasure_job_case.problem", "why a case was not erased: names the case id, never the CRN"),
            Map.entry("erasure_job.reason", "X-Access-Reason of the bulk erasure, staff-written")));

    /** Identities of staff and officials (not the people managed): not erased with a case. */
    static final Map<String, String> STAFF = new TreeMap<>(Map.ofEntries(
            Map.entry("audit_event.actor", "token subject"),
            Map.entry("audit_event.client", "token client"),
            Map.entry("audit_event.recipient", "recipient of a disclosure"),
            Map.entry("idempotency_record.caller", "token subject"),
            Map.entry("needs_assessment.recorded_by", "token subject"),
            Map.entry("case_history.actor", "token subject"),
            Map.entry("case_history.actor_name", "token name claim"),
            Map.entry("iom_case.selected_by", "token subject"),
            Map.entry("iom_case.selected_by_name", "token name claim"),
            Map.entry("iom_case.exited_by", "token subject"),
            Map.entry("iom_case.exited_by_name", "token name claim"),
            Map.entry("iom_case.updated_by", "token subject"),
            Map.entry("iom_case.updated_by_name", "token name claim"),
            Map.entry("outcome_review.recorded_by", "token subject"),
            Map.entry("retention_review.recorded_by", "token subject"),
            Map.entry("erasure_job.requested_by", "token subject"),
            Map.entry("erasure_job.requested_client", "token client"),
            Map.entry("case_import.started_by", "token subject"),
            Map.entry("scheme.contact_name", "a scheme's contact"),
            Map.entry("scheme.contact_email", "a scheme's contact"),
            Map.entry("scheme.contact_phone", "a scheme's contact"),
            Map.entry("inspection.created_by", "token subject"),
            Map.entry("recommendation.created_by", "token subject"),
            Map.entry("recommendation.closed_by", "token subject"),
            Map.entry("recommendation.owner_contact", "a named owner (an official)"),
            Map.entry("recommendation.response_recorded_by", "token subject"),
            Map.entry("recommendation_update.recorded_by", "token subject"),
            Map.entry("recommendation_action.created_by", "token subject"),
            Map.entry("recommendation_action.closed_by", "token subject"),
            Map.entry("oversight_meeting.created_by", "token subject")));

    /** Every other column, by table: no personal data (facts about schemes, inspections, anonymous case facts). */
    static final String NONE = """
            audit_checkpoint: after_event_id entries last_event_id mac sealed_at seq
            audit_event: action id occurred_at request_id roles scheme_id
            case_import: finished_at format id imported rejected_count rejected_rows rejected_truncated \
              rows_read scheme_id started_at status updated_at
            case_history: case_id erased_at id occurred_at operation request_id resource_id
            case_month: cohort exited month scheme_id selected
            change_entry: action parent_id resource resource_id scheme_id seq version xid
            change_feed_horizon: commit_seq only_row seq
            change_transaction: commit_seq committed_at xid
            erasure_job: finished_at id request_id requested_at requested_roles
            erasure_job_case: done_at job_id position state
            idempotency_record: created_at erased_at operation status
            inspection: created_at details_verified fieldwork_from fieldwork_to id inspectorates kind published_on \
              recommendations_declared source summary title updated_at url version
            inspection_finding: baseline_kind baseline_out_of baseline_value id inspection_id live_figure note page \
              position reported_on source topic verified
            iom_case: cohort created_at erased_at exit_reason exited_on id lead_agency next_review_on predictor_score rag \
              retention_review_on risk_of_serious_harm scheme_id selected_on selection_reason status subject_category \
              transferred_from_case_id transferred_to_case_id updated_at version
            needs_assessment: accommodation alcohol_misuse assessed_on attitudes case_cohort case_exited_on case_id \
              case_selected_on drug_misuse education_training_and_employability emotional_well_being \
              financial_management_and_income id lifestyle_and_associates next_assessed_on recorded_at relationships \
              scheme_id thinking_and_behaviour
            outcome_review: case_cohort case_exited_on case_id case_selected_on frequency id next_reviewed_on \
              period_from period_to proven_reoffending recorded_at reviewed_on scheme_id seriousness superseded \
              supersedes_id
            police_force: country id name
            retention_review: case_id decision due_on id next_review_on recorded_at scheme_id
            police_force_name: force_id name note valid_from valid_to
            probation_region: code name
            recommendation: addressees closed_at closure_evidence created_at evidence_figure id inspection_id kind \
              number owner_organisation priority response_decided_on response_decision response_rationale \
              response_recorded_at status superseded_by target_date target_revisions text text_verified theme \
              updated_at version
            recommendation_update: evidence id note previous_status previous_target_date reason recommendation_id \
              recorded_at status superseded_by target_date type action_id action_status due_date previous_due_date \
              meeting_id decision
            recommendation_action: id recommendation_id description owner_organisation owner_role due_date \
              due_date_revisions status evidence drop_reason closed_at version created_at updated_at
            oversight_meeting: id meeting_group held_on organisations minutes_url inspection_ids version created_at \
              updated_at
            scheme: co_located code cohorts created_at id launched_on name police_force_id probation_region_code setting \
              shared_case_system status updated_at version
            """;

    @Inject Database database;

    Map<String, String> actualColumns() {
        return database.jdbi().withHandle(h -> h.createQuery("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.table_name <> 'flyway_schema_history'
                order by c.table_name, c.ordinal_position""")
                .mapTo(String.class).list()).stream()
                .collect(Collectors.toMap(c -> c, c -> c, (a, b) -> a, TreeMap::new));
    }

    static TreeSet<String> declared() {
        TreeSet<String> all = new TreeSet<>();
        all.addAll(SUBJECT.keySet());
        all.addAll(KEPT.keySet());
        all.addAll(STAFF.keySet());
        for (String line : NONE.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(":", 2);
            for (String column : parts[1].trim().split("\\s+")) {
                all.add(parts[0].trim() + "." + column);
            }
        }
        return all;
    }

    @Test
    void everyColumnOfEveryTableIsDeclared() {
        TreeSet<String> actual = new TreeSet<>(actualColumns().keySet());
        TreeSet<String> declared = declared();
        List<String> undeclared = new ArrayList<>(actual);
        undeclared.removeAll(declared);
        List<String> gone = new ArrayList<>(declared);
        gone.removeAll(actual);
        assertEquals(List.of(), undeclared, "columns nobody has classified: declare each in this test (personal data "
                + "of the person managed: SUBJECT, with what erasure does, and in ADR 0020's list), as a table\n"
                + byTable(undeclared));
        assertEquals(List.of(), gone, "declared columns that no longer exist");
    }

    @Test
    void adr0020ListsEveryPlaceOfPersonalData() throws IOException {
        String adr;
        try (var files = Files.list(Path.of("docs/adr"))) {
            adr = Files.readString(files.filter(p -> p.getFileName().toString().startsWith("0020-")).findFirst()
                    .orElseThrow());
        }
        List<String> missing = new ArrayList<>();
        for (String column : SUBJECT.keySet()) {
            if (!adr.contains("`" + column + "`")) {
                missing.add(column);
            }
        }
        for (String column : KEPT.keySet()) {
            if (!adr.contains("`" + column + "`")) {
                missing.add(column);
            }
        }
        assertTrue(missing.isEmpty(), "ADR 0020 does not list " + missing);
    }

    static String byTable(List<String> columns) {
        Map<String, List<String>> t = new TreeMap<>();
        for (String c : columns) {
            t.computeIfAbsent(c.substring(0, c.indexOf('.')), k -> new ArrayList<>()).add(c.substring(c.indexOf('.') + 1));
        }
        return t.entrySet().stream().map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
