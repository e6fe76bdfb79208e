package org.iom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void positionalWordsNamedValuesAndFlags() {
        Args a = new Args(new String[] {"--base", "http://127.0.0.1:1", "load", "--expect-outage", "--writers", "4",
                "extra", "--seconds", "2.5"});
        assertEquals(List.of("load", "extra"), a.positional);
        assertEquals("http://127.0.0.1:1", a.req("base"));
        assertTrue(a.flag("expect-outage"));
        assertEquals(4, a.i("writers", 0));
        assertEquals(2.5, a.d("seconds", 20));
        assertEquals(7L, a.l("loops", 7));
        assertEquals("dflt", a.s("missing", "dflt"));
        assertFalse(a.has("missing"));
    }

    @Test
    void anOptionFollowedByAnotherOptionIsAFlag() {
        Args a = new Args(new String[] {"--with-case", "--code", "REL-1", "--last"});
        assertTrue(a.flag("with-case"));
        assertEquals("REL-1", a.s("code", null));
        assertTrue(a.flag("last"));
        assertFalse(a.flag("code"), "a valued option is not a flag");
    }

    @Test
    void aMissingRequiredOptionIsNamed() {
        Args a = new Args(new String[] {"setup"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.req("base"));
        assertEquals("missing --base", e.getMessage());
        assertThrows(NumberFormatException.class, () -> new Args(new String[] {"--count", "x"}).i("count", 1));
    }

    @Test
    void loadOptionsHaveTheirDefaultsAndRefuseWritersWithoutAScheme() {
        LoadOptions o = LoadOptions.from(new Args(new String[] {"load", "--readers", "2", "--out", "/tmp/x"}));
        assertEquals(20_000, o.durationMs());
        assertEquals(15_000, o.clientTimeout());
        assertEquals(250, o.retryPause());
        assertEquals(20_000, o.settleMs());
        assertEquals(10_000, o.recoverWithin());
        assertEquals("/v1/police-forces", o.readPath());
        assertEquals(Path.of("/tmp/x"), o.out());
        assertNull(o.markers());
        assertNull(o.timelineId(), "every write a case unless a timeline is given");
        assertNull(o.readCase(), "readers GET readPath unless a case is given");
        assertFalse(o.writes());

        IllegalArgumentException noScheme = assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.from(new Args(new String[] {"--writers", "1", "--out", "/tmp/x"})));
        assertEquals("--writers needs --scheme-id and --scheme-code", noScheme.getMessage());
        IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.from(new Args(new String[] {"--out", "/tmp/x"})));
        assertEquals("give --writers and/or --readers", nobody.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.from(new Args(new String[] {"--readers", "1"})));
        IllegalArgumentException noToken = assertThrows(IllegalArgumentException.class, () -> LoadOptions.from(
                new Args(new String[] {"--readers", "1", "--read-case", "c", "--out", "/tmp/x"})));
        assertEquals("--read-case needs --scheme-code", noToken.getMessage());
        LoadOptions f = LoadOptions.from(new Args(new String[] {"--writers", "1", "--readers", "1", "--scheme-id", "s",
                "--scheme-code", "c", "--timeline", "r", "--read-case", "k", "--out", "/tmp/x"}));
        assertEquals("r", f.timelineId());
        assertEquals("k", f.readCase());
        assertEquals(0, f.round());
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.from(new Args(new String[] {"--readers", "1",
                "--round", "41", "--out", "/tmp/x"})));
    }

    @Test
    void anUnknownCommandPrintsTheUsageAndExitsWith2() throws Exception {
        assertEquals(2, Driver.run(new Args(new String[] {"--base", "x", "nonsense"})));
        assertEquals(2, Driver.run(new Args(new String[0])));
    }
}
