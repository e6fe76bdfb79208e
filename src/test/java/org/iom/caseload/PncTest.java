package org.iom.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PncTest {

    @Test
    void theDomainExampleGivesY() {
        // DOMAIN.md: 2012/0123456 -> n = 120123456, n mod 23 = 22 -> Y
        assertEquals('Y', Pnc.checkLetter("2012", "0123456"));
        assertTrue(Pnc.isValid("2012/0123456Y"));
    }

    @Test
    void everyOtherLetterIsRejected() {
        for (char c = 'A'; c <= 'Z'; c++) {
            assertEquals(c == 'Y', Pnc.isValid("2012/0123456" + c), "letter " + c);
        }
    }

    @Test
    void usesOnlyTheLastTwoDigitsOfTheYear() {
        // n = 990000001 -> mod 23 = 7 -> G ; 1899 would give the same letter.
        assertEquals('G', Pnc.checkLetter("1999", "0000001"));
        assertEquals(Pnc.checkLetter("1999", "0000001"), Pnc.checkLetter("1899", "0000001"));
        // n = 0 -> Z (index 0)
        assertEquals('Z', Pnc.checkLetter("2000", "0000000"));
    }

    @Test
    void malformedIdsAreNotValid() {
        assertFalse(Pnc.isValid("12/0123456Y"));
        assertFalse(Pnc.isValid("2012/123456Y"));
        assertFalse(Pnc.isValid("2012/0123456y"));
        assertFalse(Pnc.isValid("2012/0123456"));
        assertEquals(0, Pnc.expectedLetter("garbage"));
    }
}
