package org.iom.caseload;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.iom.common.Ids;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The cases of an import, written into PostgreSQL COPY ({@link CaseImportRepository#copyCases}) in its text format as
 * they are read: one line per case, tab-separated, {@code \N} for null, text escaped; the columns every case of the
 * import shares (scheme, status, version, times, import) end each line. A COPY is abandoned ({@link #cancel}) at the
 * first bad row: nothing of it is written.
 */
final class CaseImportCopy implements AutoCloseable {

    private final PGCopyOutputStream copy;
    private final Writer out;
    /** The columns after the row's own: scheme_id, status, version, created_at, updated_at, import_id. */
    private final String tail;
    private final StringBuilder line = new StringBuilder(256);
    private boolean copying = true;

    CaseImportCopy(PGCopyOutputStream copy, UUID schemeId, Instant startedAt, UUID importId) {
        this.copy = copy;
        this.out = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
        this.tail = "\t" + schemeId + "\t" + CaseStatus.ACTIVE.name() + "\t0\t" + startedAt + "\t" + startedAt + "\t"
                + importId + "\n";
    }

    /** True until the COPY is cancelled or ended. */
    boolean copying() {
        return copying;
    }

    /** Writes one case (a new id) into the COPY. */
    void write(NewCase c) throws IOException {
        encode(line, c);
        line.append(tail);
        out.append(line);
    }

    /** Abandons the COPY, if it still runs: nothing of it is written. */
    void cancel() throws SQLException {
        if (copying) {
            copying = false;
            copy.cancelCopy();
        }
    }

    /** Ends the COPY; the number of cases written. */
    long end() throws IOException, SQLException {
        out.flush();
        copying = false;
        return copy.endCopy();
    }

    /** Abandons a COPY that neither ended nor was cancelled (the import failed): the transaction rolls back anyway. */
    @Override
    public void close() {
        if (copying && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction rolls back anyway
            }
        }
    }

    /** One case in COPY text format (without the shared tail): tab-separated, \N for null, escaped text. */
    static void encode(StringBuilder sb, NewCase c) {
        sb.setLength(0);
        sb.append(Ids.newId()).append('\t').append(c.crn()).append('\t');
        text(sb, c.pncId());
        sb.append('\t').append(c.cohort().name()).append('\t').append(c.selectedOn()).append('\t')
                .append(c.selectionReason().name()).append('\t').append(c.riskOfSeriousHarm().name()).append('\t');
        if (c.predictorScore() == null) {
            sb.append("\\N");
        } else {
            sb.append(c.predictorScore().intValue());
        }
        sb.append('\t').append(c.leadAgency().name()).append('\t');
        text(sb, c.policeLead());
        sb.append('\t');
        text(sb, c.probationLead());
        sb.append('\t').append(c.rag().name()).append('\t');
        if (c.nextReviewOn() == null) {
            sb.append("\\N");
        } else {
            sb.append(c.nextReviewOn());
        }
        sb.append('\t').append(SubjectCategory.orDefault(c.subjectCategory(), c.cohort()).name());
    }

    private static void text(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
    }
}
