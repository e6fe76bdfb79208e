package org.iom.caseload;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer ids, long form {@code YYYY/NNNNNNNC}: year, 7-digit serial, check letter. The check letter
 * is {@code ZABCDEFGHJKLMNPQRTUVWXY[n mod 23]} where n is the last two digits of the year followed by the serial (as
 * HMPPS services validate it): {@code 2012/0123456} gives n = 120123456, n mod 23 = 22, letter Y.
 */
public final class Pnc {

    public static final String PATTERN = "^[0-9]{4}/[0-9]{7}[A-Z]$";
    private static final Pattern PARTS = Pattern.compile("^[0-9]{2}([0-9]{2})/([0-9]{7})([A-Z])$");
    private static final String LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

    private Pnc() {}

    /** The check letter for a year and serial, e.g. ("2012", "0123456") gives 'Y'. */
    public static char checkLetter(String year, String serial) {
        long n = Long.parseLong(year.substring(year.length() - 2) + serial);
        return LETTERS.charAt((int) (n % 23));
    }

    /** The letter a well-formed PNC id should end with, or 0 when it is not well formed. */
    public static char expectedLetter(String pncId) {
        Matcher m = PARTS.matcher(pncId);
        if (!m.matches()) {
            return 0;
        }
        return checkLetter(pncId.substring(0, 4), m.group(2));
    }

    public static boolean isValid(String pncId) {
        char expected = expectedLetter(pncId);
        return expected != 0 && pncId.charAt(pncId.length() - 1) == expected;
    }
}
