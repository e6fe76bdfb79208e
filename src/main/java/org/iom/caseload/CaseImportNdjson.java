package org.iom.caseload;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.UUID;
import org.iom.common.JsonFields;
import org.iom.common.Problem;

/**
 * The rows of an NDJSON import file (one JSON object per line, as the body of POST /v1/cases), read a line at a time:
 * a line longer than {@link CaseImportRows#MAX_LINE} is rejected and skipped rather than held in memory; blank lines
 * are not rows. A schemeId, if given, must be the import's.
 */
final class CaseImportNdjson implements CaseImportRows.Source {
    private final Reader reader;
    private final ObjectReader json;
    private final UUID schemeId;
    private final char[] buffer = new char[16 * 1024];
    private int pos;
    private int end;
    private long lineNumber;
    private final StringBuilder line = new StringBuilder(512);

    CaseImportNdjson(Reader reader, ObjectReader newCaseReader, UUID schemeId) {
        this.reader = reader;
        this.json = newCaseReader;
        this.schemeId = schemeId;
    }

    @Override
    public CaseImportRows.Row next() throws IOException {
        while (true) {
            int status = readLine();
            if (status < 0) {
                return null;
            }
            if (status == 0) {
                return new CaseImportRows.Row(lineNumber, null, List.of(new Problem.FieldError("row", "line longer than "
                        + CaseImportRows.MAX_LINE + " characters")));
            }
            if (line.isEmpty() || line.toString().isBlank()) {
                continue; // blank lines (e.g. after the last row) are not rows
            }
            return parse(lineNumber, line.toString());
        }
    }

    private CaseImportRows.Row parse(long n, String text) {
        NewCase body;
        try {
            body = json.readValue(text);
        } catch (UnrecognizedPropertyException e) {
            return error(n, JsonFields.path(e), "unknown property '" + e.getPropertyName() + "' is not allowed");
        } catch (InvalidFormatException e) {
            return error(n, JsonFields.path(e), "invalid value " + CaseImportRows.quote(String.valueOf(e.getValue())) + ": expected "
                    + JsonFields.expected(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String field = JsonFields.path(e);
            return field.isEmpty() ? error(n, "row", "not a JSON object")
                    : error(n, field, "wrong type: expected " + JsonFields.expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            String field = JsonFields.path(e);
            String message = e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : "invalid value";
            return error(n, field.isEmpty() ? "row" : field, message);
        } catch (JsonParseException e) {
            return error(n, "row", "not valid JSON" + (e.getLocation() == null ? ""
                    : " (column " + e.getLocation().getColumnNr() + ")"));
        } catch (JsonProcessingException e) {
            return error(n, "row", "not valid JSON");
        }
        if (body == null) {
            return error(n, "row", "not a JSON object");
        }
        if (body.schemeId() != null && !body.schemeId().equals(schemeId)) {
            return error(n, "schemeId", "must be the import's schemeId (the query parameter) or absent");
        }
        return new CaseImportRows.Row(n, new NewCase(schemeId, body.crn(), body.pncId(), body.cohort(), body.selectedOn(),
                body.selectionReason(), body.riskOfSeriousHarm(), body.predictorScore(), body.leadAgency(),
                body.policeLead(), body.probationLead(), body.rag(), body.nextReviewOn(), body.subjectCategory()),
                List.of());
    }

    /** Reads the next line into {@link #line}: 1 read, 0 too long (skipped), -1 end of input. */
    private int readLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        boolean tooLong = false;
        while (true) {
            if (pos >= end) {
                end = reader.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return -1;
                    }
                    lineNumber++;
                    return tooLong ? 0 : 1;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int stop = pos;
            boolean eol = pos < end;
            if (eol) {
                pos++;
                if (stop > start && buffer[stop - 1] == '\r') {
                    stop--;
                }
            }
            if (!tooLong) {
                if (line.length() + (stop - start) > CaseImportRows.MAX_LINE) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, start, stop - start);
                }
            }
            if (eol) {
                lineNumber++;
                if (!tooLong && !line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                    line.setLength(line.length() - 1); // CR LF split across two buffer fills
                }
                return tooLong ? 0 : 1;
            }
        }
    }

    private static CaseImportRows.Row error(long line, String field, String message) {
        return new CaseImportRows.Row(line, null, List.of(new Problem.FieldError(field, message)));
    }
}
