package org.iom.common.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one writer of CSV (ADR 0027 addendum, "one of each"): RFC 4180 on jackson-dataformat-csv, UTF-8, CRLF line ends,
 * a header row, a cell quoted only when it holds a comma, a quote or a line break (quotes doubled), null as an empty
 * cell. One formula-injection rule for every CSV the service writes (OWASP "CSV injection"): a text cell starting
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it rather than
 * running it. Numbers, booleans, dates and enums are not text and are written as they are (a negative number stays a
 * number); a fractional number is written in plain decimal notation.
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<CsvTable> {

    public static final String TEXT_CSV = "text/csv";
    /** The bound of a CSV answer in the contract, unless its operation states another (CsvAnswersFilter). */
    public static final int MAX_ANSWER_LENGTH = 10_000_000;

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTable.class.isAssignableFrom(type) && mediaType.isCompatible(MediaType.valueOf(TEXT_CSV));
    }

    @Override
    public void writeTo(CsvTable table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
        write(table, out);
    }

    /** Writes the table to {@code out} (not closed), row by row. */
    public static void write(CsvTable table, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        table.csvHeader().forEach(schema::addColumn);
        try (SequenceWriter writer = MAPPER.writerFor(List.class).with(schema.build())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            for (List<?> row : table.csvRows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(cell(value));
                }
                writer.write(cells);
            }
        }
    }

    /** The table as one string (for tests and small answers). */
    public static String toCsv(CsvTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A cell's text: null is empty, numbers in plain notation, text guarded against formula injection. */
    static String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof CharSequence text) {
            return guarded(text.toString());
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** OWASP: text a spreadsheet would run as a formula gets a leading apostrophe. */
    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
