package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7WithTheRfcVariantAndTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertTrue(millisOf(id) >= before && millisOf(id) <= after + 1, "timestamp " + millisOf(id));
    }

    @Test
    void idsIncreaseStrictlyEvenWithinOneMillisecond() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId(1_700_000_000_000L)); // all in the same millisecond: the counter orders them
        }
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(ids.get(i - 1).toString().compareTo(ids.get(i).toString()) < 0,
                    "ids must sort in creation order as text (as PostgreSQL sorts uuids): " + i);
        }
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    @Test
    void aClockThatGoesBackwardsStillGivesIncreasingIds() {
        UUID a = Ids.newId(1_600_000_000_000L);
        UUID b = Ids.newId(1_599_999_999_000L);
        assertTrue(a.toString().compareTo(b.toString()) < 0);
    }

    @Test
    void parseTakesOnlyTheCanonicalForm() {
        String id = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f";
        assertEquals(UUID.fromString(id), Ids.parse(id));
        assertEquals(UUID.fromString(id), Ids.parse(id.toUpperCase()));
        for (String bad : new String[] {"", "nope", "1-2-3-4-5", id + "0", " " + id, "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0g",
                "0193a6c51b2c7d3e8f405a6b7c8d9e0f"}) {
            assertThrows(IllegalArgumentException.class, () -> Ids.parse(bad), bad);
        }
    }

    /** The creation time (Unix milliseconds) encoded in a version 7 UUID. */
    static long millisOf(UUID id) {
        assertEquals(7, id.version());
        return id.getMostSignificantBits() >>> 16;
    }
}
