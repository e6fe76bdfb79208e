package org.iom.inspection;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUID v7 ids (RFC 9562): 48-bit Unix milliseconds, version, a 12-bit sequence that keeps ids created in
 * the same millisecond in creation order within this JVM, variant and 62 random bits. Real time is used (not the
 * application clock), so ids sort in the order records were really created.
 */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis = -1;
    private static int sequence;

    private Ids() {}

    static synchronized UUID next() {
        long millis = System.currentTimeMillis();
        if (millis <= lastMillis) {
            sequence++;
            if (sequence > 0xFFF) {
                lastMillis++;
                sequence = 0;
            }
            millis = lastMillis;
        } else {
            lastMillis = millis;
            sequence = RANDOM.nextInt(0x400);
        }
        long msb = (millis << 16) | 0x7000L | (sequence & 0xFFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
