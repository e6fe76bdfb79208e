package org.iom.caseload;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.scheme.Cohort;

/**
 * Reading the rows of an import file, one at a time (never the whole file): CSV (RFC 4180, header row; here) or NDJSON
 * (a JSON object per line; {@link CaseImportNdjson}). Each row becomes a {@link NewCase} of the import's scheme, or the
 * field errors that stopped it from becoming one. The rules beyond the field types are applied by
 * {@link CaseImportChecks}.
 */
final class CaseImportRows {

    /** The columns (JSON fields of POST /v1/cases without schemeId), in the order the documentation lists them. */
    static final List<String> COLUMNS = List.of("crn", "pncId", "cohort", "selectedOn", "selectionReason",
            "riskOfSeriousHarm", "predictorScore", "leadAgency", "policeLead", "probationLead", "rag", "nextReviewOn",
            "subjectCategory");
    static final Set<String> REQUIRED = Set.of("crn", "cohort", "selectedOn", "selectionReason", "riskOfSeriousHarm",
            "leadAgency", "rag");
    /** Longest NDJSON line read (characters); a longer line is rejected (and skipped) rather than held in memory. */
    static final int MAX_LINE = 64 * 1024;

    private CaseImportRows() {}

    /** One data row: its line, and either the case it describes or what is wrong with it. */
    record Row(long line, NewCase value, List<Problem.FieldError> errors) {}

    interface Source {
        /** The next data row, or null at the end of the file. */
        Row next() throws IOException;
    }

    // ------------------------------------------------------------------------------------------------------------
    // CSV

    static final class Csv implements Source {
        private static final CsvFactory FACTORY = new CsvFactory();

        private final CsvParser parser;
        private final UUID schemeId;
        private final int[] index = new int[COLUMNS.size()]; // column position in the file of each COLUMNS entry, or -1
        private final int width;
        private final String[] cells;

        /** Reads the header row; a missing header or an unknown, repeated or missing required column is a 400. */
        Csv(Reader reader, UUID schemeId) throws IOException {
            this.schemeId = schemeId;
            this.parser = FACTORY.createParser(reader);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            parser.disable(CsvParser.Feature.TRIM_SPACES);
            List<String> header = readRecord();
            if (header == null) {
                throw ProblemException.invalid("body", "the file is empty: a CSV import starts with a header row naming "
                        + "the columns (" + String.join(",", COLUMNS) + ")");
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1)); // a byte order mark, as spreadsheets write
            }
            Arrays.fill(index, -1);
            List<Problem.FieldError> errors = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                int k = COLUMNS.indexOf(name);
                if (k < 0) {
                    errors.add(new Problem.FieldError(name.isEmpty() ? "(column " + (i + 1) + ")" : name,
                            "schemeId".equals(name) ? "schemeId is the query parameter, not a column"
                                    : "unknown column: the columns are " + String.join(",", COLUMNS)));
                } else if (index[k] >= 0) {
                    errors.add(new Problem.FieldError(name, "column appears more than once in the header"));
                } else {
                    index[k] = i;
                }
            }
            for (int k = 0; k < COLUMNS.size(); k++) {
                if (index[k] < 0 && REQUIRED.contains(COLUMNS.get(k))) {
                    errors.add(new Problem.FieldError(COLUMNS.get(k), "required column missing from the header row"));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            this.width = header.size();
            this.cells = new String[width];
        }

        @Override
        public Row next() throws IOException {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                throw new IOException("unexpected CSV token " + t);
            }
            long line = -1;
            int n = 0;
            boolean blank = true;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (line < 0) {
                    line = parser.currentTokenLocation().getLineNr(); // where the row starts (a quoted cell may span lines)
                }
                String v = parser.getText();
                if (n < width) {
                    cells[n] = v;
                }
                blank &= v.isEmpty();
                n++;
            }
            if (n != width) {
                if (n == 1 && blank) {
                    return next(); // a line with nothing on it (e.g. a last line of only spaces is not that, though)
                }
                return new Row(line, null, List.of(new Problem.FieldError("row", "has " + n + " cells; the header "
                        + "has " + width)));
            }
            return convert(line);
        }

        private Row convert(long line) {
            List<Problem.FieldError> errors = null;
            Conversion c = new Conversion();
            String crn = cell(0);
            String pncId = cell(1);
            Cohort cohort = c.enumValue("cohort", cell(2), Cohort.class);
            LocalDate selectedOn = c.date("selectedOn", cell(3));
            SelectionReason reason = c.enumValue("selectionReason", cell(4), SelectionReason.class);
            RiskLevel risk = c.enumValue("riskOfSeriousHarm", cell(5), RiskLevel.class);
            Integer score = c.integer("predictorScore", cell(6));
            LeadAgency lead = c.enumValue("leadAgency", cell(7), LeadAgency.class);
            String policeLead = cell(8);
            String probationLead = cell(9);
            CaseRag rag = c.enumValue("rag", cell(10), CaseRag.class);
            LocalDate nextReviewOn = c.date("nextReviewOn", cell(11));
            SubjectCategory category = c.enumValue("subjectCategory", cell(12), SubjectCategory.class);
            errors = c.errors;
            return new Row(line, new NewCase(schemeId, crn, pncId, cohort, selectedOn, reason, risk, score, lead,
                    policeLead, probationLead, rag, nextReviewOn, category), errors == null ? List.of() : errors);
        }

        /** The cell of column k (of COLUMNS), or null when the column is absent or the cell empty. */
        private String cell(int k) {
            int i = index[k];
            if (i < 0) {
                return null;
            }
            String v = cells[i];
            return v == null || v.isEmpty() ? null : v;
        }

        private List<String> readRecord() throws IOException {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return null;
            }
            List<String> values = new ArrayList<>();
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                values.add(parser.getText());
            }
            return values;
        }
    }

    /** Typed values from CSV cells, collecting one error per bad cell (messages as POST /v1/cases gives them). */
    private static final class Conversion {
        List<Problem.FieldError> errors;

        <E extends Enum<E>> E enumValue(String field, String v, Class<E> type) {
            return parse(field, v, cell -> Enum.valueOf(type, cell), () -> "one of " + Arrays.stream(
                    type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }

        LocalDate date(String field, String v) {
            return parse(field, v, LocalDate::parse, () -> "an ISO 8601 date (YYYY-MM-DD)");
        }

        Integer integer(String field, String v) {
            return parse(field, v, Integer::valueOf, () -> "a whole number");
        }

        /** The cell's value (null for an empty cell), or null and an error when it does not parse. */
        private <T> T parse(String field, String v, Function<String, T> parser, Supplier<String> expected) {
            if (v == null) {
                return null;
            }
            try {
                return parser.apply(v);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                fail(field, "invalid value " + quote(v) + ": expected " + expected.get());
                return null;
            }
        }

        private void fail(String field, String message) {
            if (errors == null) {
                errors = new ArrayList<>(2);
            }
            errors.add(new Problem.FieldError(field, message));
        }
    }

    static String quote(String v) {
        return "'" + (v.length() > 60 ? v.substring(0, 60) + "…" : v) + "'";
    }
}
