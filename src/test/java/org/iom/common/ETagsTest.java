package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void theETagLastReadGivesItsVersion() {
        assertEquals(3, ETags.requireVersion("\"3\""));
        assertEquals(3, ETags.requireVersion(" W/\"3\" "));
    }

    @Test
    void noETagIs428() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED, assertThrows(ProblemException.class,
                () -> ETags.requireVersion(null)).type);
        assertEquals(ProblemType.PRECONDITION_REQUIRED, assertThrows(ProblemException.class,
                () -> ETags.requireVersion(" ")).type);
    }

    @Test
    void anyOrSeveralETagsAre428SayingToSendTheOneLastRead() {
        // "*" and a list are valid If-Match syntax, but they would let a change overwrite one made since the client read:
        // the answer says so, instead of "the resource has changed" (412), which would be untrue.
        for (String value : new String[] {"*", "\"1\", \"2\"", "\"1\",\"2\""}) {
            ProblemException e = assertThrows(ProblemException.class, () -> ETags.requireVersion(value), value);
            assertEquals(ProblemType.PRECONDITION_REQUIRED, e.type, value);
            assertEquals("If-Match", e.errors.get(0).field());
            assertTrue(e.getMessage().contains("exactly one"), e.getMessage());
        }
    }

    @Test
    void anETagThatIsNotOursNeverMatches() {
        assertEquals(ProblemType.PRECONDITION_FAILED, assertThrows(ProblemException.class,
                () -> ETags.requireVersion("\"abc\"")).type);
        assertEquals(ProblemType.PRECONDITION_FAILED, assertThrows(ProblemException.class,
                () -> ETags.check("\"2\"", 3)).type);
    }
}
