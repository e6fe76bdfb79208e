package org.iom.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs, version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Within one JVM the ids are
 * strictly increasing (a 12-bit counter in {@code rand_a} orders ids made in the same millisecond), so ordering by id
 * is ordering by creation, which keyset paging relies on: a row inserted while a client pages sorts after every row
 * that existed before.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int sequence;

    private Ids() {}

    public static UUID newId() {
        return newId(System.currentTimeMillis());
    }

    static synchronized UUID newId(long nowMillis) {
        if (nowMillis > lastMillis) {
            lastMillis = nowMillis;
            sequence = RANDOM.nextInt(1 << 11); // random start, leaving room to count up within the millisecond
        } else if (++sequence >= (1 << 12)) {
            lastMillis++; // counter exhausted: borrow the next millisecond (the clock will catch up)
            sequence = 0;
        }
        long msb = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | sequence;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /**
     * A UUID written in its canonical form: 36 characters, 8-4-4-4-12 hexadecimal digits, either case. Anything else
     * is an IllegalArgumentException, including the short forms {@link UUID#fromString} accepts ({@code 1-2-3-4-5}).
     */
    public static UUID parse(String value) {
        UUID id = UUID.fromString(value);
        if (!id.toString().equalsIgnoreCase(value)) {
            throw new IllegalArgumentException("not a UUID in canonical form: " + value);
        }
        return id;
    }
}
