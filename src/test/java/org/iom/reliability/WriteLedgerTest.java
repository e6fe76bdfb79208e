package org.iom.reliability;

import static org.iom.reliability.Attempts.lost;
import static org.iom.reliability.Attempts.read;
import static org.iom.reliability.Attempts.timeline;
import static org.iom.reliability.Attempts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteLedgerTest {

    @Test
    void eachKeyIsAcknowledgedRejectedOrUnresolved() {
        WriteLedger l = WriteLedger.of(List.of(
                write("k1", 1, 0, 201, "id-1", false),
                lost("k2", 1, 1), write("k2", 2, 2, 503, null, false), write("k2", 3, 3, 201, "id-2", true),
                write("k3", 1, 4, 422, null, false),
                lost("k4", 1, 5), write("k4", 2, 6, 503, null, false),
                read(7, 8, 200)));
        assertEquals(4, l.byKey.size(), "reads are not keys");
        assertEquals(2, l.acked);
        assertEquals(1, l.rejected);
        assertEquals(1, l.unresolved);
        assertEquals(2, l.retried);
        assertEquals(1, l.ackedByReplay);
        assertEquals(1, l.lostSightButCommitted, "k2 committed although its client saw no answer first");
        assertEquals(List.of("k1\tid-1\tA000002\tfalse\n", "k2\tid-2\tA000002\ttrue\n"), l.ackLines);
        assertEquals(List.of("k4\tA000002\t7\n"), l.unresolvedLines, "key, crn and body number: enough to resend it");
        assertEquals(List.of(), l.failures);
    }

    @Test
    void theFirst2xxIsTheAcknowledgementAndAnotherIdForTheSameKeyFails() {
        WriteLedger l = WriteLedger.of(List.of(write("k1", 1, 0, 201, "id-1", false),
                write("k1", 2, 1, 200, "id-9", true)));
        assertEquals(List.of("k1\tid-1\tA000002\tfalse\n"), l.ackLines);
        assertEquals(List.of("key k1 acknowledged with two ids: id-1, id-9"), l.failures);
    }

    @Test
    void oneIdAcknowledgedForTwoKeysFails() {
        WriteLedger l = WriteLedger.of(List.of(write("k1", 1, 0, 201, "same", false),
                write("k2", 1, 1, 201, "same", false)));
        assertEquals(List.of("1 case id(s) acknowledged for more than one key"), l.failures);
    }

    @Test
    void a2xxWithoutAnIdCountsAsAcknowledgedButFails() {
        WriteLedger l = WriteLedger.of(List.of(write("k1", 1, 0, 201, null, false)));
        assertEquals(1, l.acked);
        assertEquals(List.of(), l.ackLines);
        assertEquals(List.of("2xx without a case id for key k1"), l.failures);
    }

    @Test
    void timelineEntriesAndCasesHaveTheirOwnLedgers(@TempDir Path dir) throws Exception {
        List<Attempt> all = List.of(write("k1", 1, 0, 201, "case-1", false), timeline("t1", 7, 1, 201, "entry-1"),
                timeline("t2", 8, 2, 503, null), read(3, 4, 200));
        WriteLedger cases = WriteLedger.of(all);
        WriteLedger entries = WriteLedger.of(all, true);
        assertEquals(List.of("k1\tcase-1\tA000002\tfalse\n"), cases.ackLines, "a timeline entry is not a case");
        assertEquals(List.of("t1\tentry-1\ttimeline-7\tfalse\n"), entries.ackLines);
        assertEquals(List.of("t2\ttimeline-8\t8\n"), entries.unresolvedLines, "key, label and body number to resend");
        entries.write(dir, Attempt.TIMELINE);
        assertEquals("t1\tentry-1\ttimeline-7\tfalse\n", Files.readString(dir.resolve("timeline-acks.tsv")));
        assertEquals("t2\ttimeline-8\t8\n", Files.readString(dir.resolve("timeline-unresolved.tsv")));
    }

    @Test
    void writesBothFilesEvenWhenEmpty(@TempDir Path dir) throws Exception {
        WriteLedger.of(List.of(write("k1", 1, 0, 201, "id-1", false))).write(dir);
        assertEquals("k1\tid-1\tA000002\tfalse\n", Files.readString(dir.resolve("acks.tsv")));
        assertTrue(Files.exists(dir.resolve("unresolved.tsv")));
        assertEquals("", Files.readString(dir.resolve("unresolved.tsv")));
    }
}
