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
        String path = System.getenv("PATH");
        RealComponents.require("bwrap", ExecutableSearch.inDirectories("bwrap", ExecutableSearch.SYSTEM_DIRECTORIES + ":" + path).isPresent());
        BubblewrapProbe probe = BubblewrapProbe.searching(path);
        assertEquals(BackendKind.BUBBLEWRAP, probe.kind());
        Availability.Usable usable = assertInstanceOf(Availability.Usable.class, probe.check());
        assertEquals("bwrap", Path.of(usable.detail()).getFileName().toString());
    }

    @Test
    void withoutBwrapOnPathItIsUnusableWithTheFix() {
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class, new BubblewrapProbe("/nonexistent:relative").check());
        assertEquals("bwrap is not installed (not found in /nonexistent:relative)", why.reason());
    }
}
