package org.iom.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.Problem;

/**
 * The rejected rows of an import, as its report gives them: every problem counted, the first
 * {@link CaseImportReport#MAX_REPORTED} listed by line. An "already active" rejection names the person's active case,
 * looked up once at the end for all of them ({@link #reported}), as POST /v1/cases does for one.
 */
final class CaseImportRejections {

    /** Marks an "already active" rejection until the active case's id is looked up (NUL is in no real message). */
    private static final String ACTIVE_MARK = "\0ACTIVE ";

    private long rows;
    private long count;
    private final List<CaseImportReport.Rejection> listed = new ArrayList<>();
    /** Indexes into {@link #listed} of "already active" rejections, whose case id is filled in at the end. */
    private final List<Integer> active = new ArrayList<>();

    /** The rejection of a row whose person already has an active case on the scheme (named in the report). */
    static Problem.FieldError alreadyActive(String crn) {
        return new Problem.FieldError("crn", ACTIVE_MARK + crn);
    }

    /** Records the problems of one row. */
    void add(long line, List<Problem.FieldError> errors) {
        rows++;
        for (Problem.FieldError e : errors) {
            count++;
            if (listed.size() < CaseImportReport.MAX_REPORTED) {
                if ("crn".equals(e.field()) && e.message().startsWith(ACTIVE_MARK)) {
                    active.add(listed.size());
                }
                listed.add(new CaseImportReport.Rejection(line, e.field(), e.message()));
            }
        }
    }

    /** The rows rejected. */
    long rows() {
        return rows;
    }

    /** The problems found (a row may have several). */
    long count() {
        return count;
    }

    boolean truncated() {
        return count > listed.size();
    }

    /** The people whose active case the report names (look their cases up for {@link #reported}). */
    List<String> activeCrns() {
        return active.stream().map(i -> crnOf(listed.get(i))).distinct().toList();
    }

    /**
     * The listed rejections, the "already active" ones naming the active case of {@code activeCases} (by CRN), as
     * POST /v1/cases does.
     */
    List<CaseImportReport.Rejection> reported(Map<String, UUID> activeCases, String schemeCode) {
        List<CaseImportReport.Rejection> out = new ArrayList<>(listed);
        for (int i : active) {
            CaseImportReport.Rejection r = listed.get(i);
            String crn = crnOf(r);
            UUID caseId = activeCases.get(crn);
            out.set(i, new CaseImportReport.Rejection(r.line(), "crn", "this person (" + crn + ") already has an "
                    + "active case on scheme " + schemeCode + (caseId == null ? "" : ": " + caseId)
                    + ". Exit it before selecting them again."));
        }
        return out;
    }

    private static String crnOf(CaseImportReport.Rejection r) {
        return r.message().substring(ACTIVE_MARK.length());
    }
}
