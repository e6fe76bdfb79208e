package org.iom.caseload;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The people of the scheme an import checks its rows against, by CRN as a number: who has an active case (a bit each,
 * 3.25 MB whatever the size of the scheme or the file), the latest exit of those who had cases, and who appeared on an
 * earlier line of the file.
 */
final class CaseImportPeople {

    /** CRNs ([A-Z][0-9]{6}) as numbers: letter * 1,000,000 + digits, below this. */
    private static final int CRN_CODES = 26 * 1_000_000;

    private final BitSet active = new BitSet(CRN_CODES);
    private final BitSet seen = new BitSet(CRN_CODES);
    private int[] exitedCodes = new int[0];
    private int[] exitedDays = new int[0];
    private int exits;

    private CaseImportPeople() {}

    /** Reads the scheme's people, in the import's transaction (which holds the scheme's import lock). */
    static CaseImportPeople load(CaseImportRepository imports, Handle h, UUID schemeId) {
        CaseImportPeople p = new CaseImportPeople();
        imports.activeCrns(h, schemeId, crn -> p.active.set(code(crn)));
        // Ordered by CRN, which is the order of the codes, for the binary search.
        imports.latestExits(h, schemeId, p::addExit);
        p.exitedCodes = Arrays.copyOf(p.exitedCodes, p.exits);
        p.exitedDays = Arrays.copyOf(p.exitedDays, p.exits);
        return p;
    }

    private void addExit(String crn, LocalDate exitedOn) {
        if (exits == exitedCodes.length) {
            exitedCodes = Arrays.copyOf(exitedCodes, Math.max(16, exits * 2));
            exitedDays = Arrays.copyOf(exitedDays, exitedCodes.length);
        }
        exitedCodes[exits] = code(crn);
        exitedDays[exits] = (int) exitedOn.toEpochDay();
        exits++;
    }

    static boolean isCrn(String crn) {
        if (crn.length() != 7 || crn.charAt(0) < 'A' || crn.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            if (crn.charAt(i) < '0' || crn.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static int code(String crn) {
        return (crn.charAt(0) - 'A') * 1_000_000 + Integer.parseInt(crn, 1, 7, 10);
    }

    boolean isActive(int code) {
        return active.get(code);
    }

    /** Whether the person appeared on an earlier line; from now on they have. */
    boolean seenBefore(int code) {
        boolean before = seen.get(code);
        seen.set(code);
        return before;
    }

    /** The person's latest exit from the scheme, or null when they had no case on it. */
    LocalDate exitedOn(int code) {
        int i = Arrays.binarySearch(exitedCodes, code);
        return i < 0 ? null : LocalDate.ofEpochDay(exitedDays[i]);
    }
}
