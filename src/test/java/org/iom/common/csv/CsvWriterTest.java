package org.iom.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 framing and the one formula-injection rule (OWASP "CSV injection"). */
class CsvWriterTest {

    record Table(List<String> csvHeader, List<List<?>> csvRows) implements CsvTable {}

    enum Colour { RED }

    @Test
    void writesAHeaderAndCrlfRowsQuotingOnlyWhatNeedsIt() {
        String csv = CsvWriter.toCsv(new Table(List.of("a", "b", "c"), List.of(
                List.of("plain", "with,comma", "with \"quote\""),
                List.of("line\nbreak", "", "x"))));
        assertEquals("a,b,c\r\nplain,\"with,comma\",\"with \"\"quote\"\"\"\r\n\"line\nbreak\",,x\r\n", csv);
    }

    @Test
    void textThatASpreadsheetWouldRunIsPrefixedWithAnApostrophe() {
        List<Object> cells = List.of("=1+1", "+44", "-x", "@SUM(A1)", "\tTab", "\rCR", "safe=text");
        String csv = CsvWriter.toCsv(new Table(List.of("1", "2", "3", "4", "5", "6", "7"), List.of(cells)));
        assertEquals("1,2,3,4,5,6,7\r\n'=1+1,'+44,'-x,'@SUM(A1),'\tTab,\"'\rCR\",safe=text\r\n", csv);
    }

    @Test
    void numbersDatesEnumsAndNullsAreNotText() {
        List<Object> cells = Arrays.asList(-5, 0.25, 1.0, 1.0E-5, LocalDate.of(2026, 11, 25), Colour.RED, null, true);
        String csv = CsvWriter.toCsv(new Table(List.of("i", "d", "one", "small", "day", "e", "n", "b"), List.of(cells)));
        assertEquals("i,d,one,small,day,e,n,b\r\n-5,0.25,1,0.00001,2026-11-25,RED,,true\r\n", csv);
    }
}
