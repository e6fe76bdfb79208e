package org.iom.inspection;

/** Free text as the register stores it. */
final class Text {

    private Text() {}

    /** The text stripped, or null when it is null or blank. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
