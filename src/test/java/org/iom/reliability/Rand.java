package org.iom.reliability;

import java.util.Random;

/** Seeded choices for the fuzzer: every draw comes from the Random it is given, so a seed replays a request. */
final class Rand {

    private Rand() {
    }

    @SafeVarargs
    static <T> T pick(Random r, T... xs) {
        return xs[r.nextInt(xs.length)];
    }

    /** A string of at least {@code len} chars drawn from the code points of {@code alphabet}. */
    static String rnd(Random r, int len, String alphabet) {
        int[] cps = alphabet.codePoints().toArray();
        StringBuilder sb = new StringBuilder(len);
        while (sb.length() < len) {
            sb.appendCodePoint(cps[r.nextInt(cps.length)]);
        }
        return sb.toString();
    }
}
