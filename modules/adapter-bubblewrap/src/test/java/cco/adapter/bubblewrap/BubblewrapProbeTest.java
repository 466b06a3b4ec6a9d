package cco.adapter.bubblewrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the probe against the real bwrap of this machine. */
class BubblewrapProbeTest {

    @Test
    void realBwrapIsUsableHere() {
        RealComponents.require("bwrap", ExecutableSearch.onPath("bwrap", System.getenv("PATH")).isPresent());
        BubblewrapProbe probe = new BubblewrapProbe(System.getenv("PATH"));
        assertEquals(BackendKind.BUBBLEWRAP, probe.kind());
        Availability.Usable usable = assertInstanceOf(Availability.Usable.class, probe.check());
        assertEquals("bwrap", Path.of(usable.detail()).getFileName().toString());
    }

    @Test
    void withoutBwrapOnPathItIsUnusableWithTheFix() {
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class, new BubblewrapProbe("/nonexistent").check());
        assertEquals("bwrap is not installed (not found on PATH)", why.reason());
        assertInstanceOf(Availability.Unusable.class, new BubblewrapProbe(null).check());
    }
}
