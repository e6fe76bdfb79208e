package org.iom.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Inserts statistics fixtures straight into the V2 tables with SQL, so every figure of a test is known exactly and the
 * tests do not depend on how cases are created through the API. Every fixture gets unique scheme codes.
 */
final class StatisticsFixture {

    private static final AtomicInteger CRN = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 500_000));
    private static final Instant RECORDED = Instant.parse("2026-01-01T10:00:00Z");

    private final DataSource ds;
    /** Unique prefix of this fixture's scheme codes, e.g. {@code T4K2Q}. */
    final String prefix;

    StatisticsFixture(DataSource ds) {
        this.ds = ds;
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder sb = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            sb.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        prefix = sb.toString();
    }

    String code(String suffix) {
        return prefix + "-" + suffix;
    }

    UUID scheme(String suffix, String name, String forceId, String regionCode) {
        return scheme(suffix, name, forceId, regionCode, "ACTIVE");
    }

    UUID scheme(String suffix, String name, String forceId, String regionCode, String status) {
        UUID id = UUID.randomUUID();
        update("""
                insert into scheme (id, code, name, police_force_id, probation_region_code, launched_on, status, setting,
                                    cohorts, co_located, shared_case_system, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, date '2020-04-01', ?, 'URBAN', array['FIXED','FLEX','FREE']::varchar(5)[],
                        true, false, 0, now(), now())""",
                id, code(suffix), name, forceId, regionCode, status);
        return id;
    }

    /** A case; {@code exitedOn} null means still active. */
    UUID person(UUID schemeId, String cohort, LocalDate selectedOn, LocalDate exitedOn) {
        return person(schemeId, cohort, null, selectedOn, exitedOn);
    }

    /** A case of a category of data subject ({@code null}: the cohort's default, as V13's trigger sets it). */
    UUID person(UUID schemeId, String cohort, String subjectCategory, LocalDate selectedOn, LocalDate exitedOn) {
        UUID id = UUID.randomUUID();
        int n = CRN.incrementAndGet() % 1_000_000;
        String crn = "ZYXWVU".charAt(n % 6) + String.format("%06d", n);
        update("""
                insert into iom_case (id, scheme_id, crn, cohort, selected_on, selection_reason, risk_of_serious_harm,
                                      lead_agency, rag, status, exited_on, exit_reason, version, created_at, updated_at,
                                      subject_category)
                values (?, ?, ?, ?, ?, 'OTHER', 'HIGH', 'JOINT', 'AMBER', ?, ?, ?, 0, now(), now(), ?)""",
                id, schemeId, crn, cohort, selectedOn, exitedOn == null ? "ACTIVE" : "EXITED", exitedOn,
                exitedOn == null ? null : "RISK_REDUCED", subjectCategory);
        return id;
    }

    /** Several cases alike. */
    UUID[] people(int count, UUID schemeId, String cohort, LocalDate selectedOn, LocalDate exitedOn) {
        return people(count, schemeId, cohort, null, selectedOn, exitedOn);
    }

    /** Several cases alike, of a category of data subject (null: the cohort's default). */
    UUID[] people(int count, UUID schemeId, String cohort, String subjectCategory, LocalDate selectedOn,
            LocalDate exitedOn) {
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = person(schemeId, cohort, subjectCategory, selectedOn, exitedOn);
        }
        return ids;
    }

    UUID review(UUID caseId, UUID schemeId, LocalDate reviewedOn, String frequency, String seriousness,
            boolean proven) {
        return review(caseId, schemeId, reviewedOn, frequency, seriousness, proven, RECORDED, null);
    }

    UUID review(UUID caseId, UUID schemeId, LocalDate reviewedOn, String frequency, String seriousness, boolean proven,
            Instant recordedAt, UUID supersedes) {
        UUID id = UUID.randomUUID();
        update("""
                insert into outcome_review (id, case_id, scheme_id, reviewed_on, period_from, period_to, frequency,
                                            seriousness, proven_reoffending, supersedes_id, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', ?)""",
                id, caseId, schemeId, reviewedOn, reviewedOn.minusMonths(3), reviewedOn, frequency, seriousness, proven,
                supersedes, Timestamp.from(recordedAt));
        return id;
    }

    /** A needs assessment: every area NO_NEED unless named in {@code needs} (area in upper case -> severity). */
    UUID needs(UUID caseId, UUID schemeId, LocalDate assessedOn, Map<String, String> needs) {
        UUID id = UUID.randomUUID();
        Map<String, String> all = new HashMap<>();
        for (String area : NeedsFigure.AREAS) {
            all.put(area, needs.getOrDefault(area, "NO_NEED"));
        }
        update("""
                insert into needs_assessment (id, case_id, scheme_id, assessed_on, accommodation,
                    education_training_and_employability, financial_management_and_income, relationships,
                    lifestyle_and_associates, drug_misuse, alcohol_misuse, emotional_well_being, thinking_and_behaviour,
                    attitudes, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', now())""",
                id, caseId, schemeId, assessedOn, all.get("ACCOMMODATION"),
                all.get("EDUCATION_TRAINING_AND_EMPLOYABILITY"), all.get("FINANCIAL_MANAGEMENT_AND_INCOME"),
                all.get("RELATIONSHIPS"), all.get("LIFESTYLE_AND_ASSOCIATES"), all.get("DRUG_MISUSE"),
                all.get("ALCOHOL_MISUSE"), all.get("EMOTIONAL_WELL_BEING"), all.get("THINKING_AND_BEHAVIOUR"),
                all.get("ATTITUDES"));
        return id;
    }

    private void update(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
