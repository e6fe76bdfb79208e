package org.iom.statistics;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a statistics table as RFC 4180 CSV ({@code text/csv; charset=UTF-8}, CRLF line ends, a header row). A cell
 * is quoted when it holds a comma, a quote or a line break (quotes doubled). Text starting with {@code = + - @} is
 * prefixed with an apostrophe so a spreadsheet does not run it as a formula. Withheld figures are empty cells; the
 * {@code suppressed} column lists their names separated by spaces.
 */
@Provider
@Produces("text/csv")
public class CsvTableWriter implements MessageBodyWriter<StatisticsViews.Table> {

    public static final String TEXT_CSV = "text/csv";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return StatisticsViews.Table.class.isAssignableFrom(type) && mediaType.isCompatible(MediaType.valueOf(TEXT_CSV));
    }

    @Override
    public void writeTo(StatisticsViews.Table table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException, WebApplicationException {
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8");
        out.write(toCsv(table).getBytes(StandardCharsets.UTF_8));
    }

    static String toCsv(StatisticsViews.Table table) {
        StringBuilder sb = new StringBuilder();
        line(sb, List.copyOf(table.csvHeader()));
        for (List<Object> row : table.csvRows()) {
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return n instanceof Double d ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : n.toString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
