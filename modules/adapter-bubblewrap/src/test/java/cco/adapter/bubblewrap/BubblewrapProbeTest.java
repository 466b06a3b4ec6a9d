package cco.adapter.bubblewrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.adapter.hostfiles.NioHostFileSystem;
import cco.domain.backend.Availability;
import cco.domain.backend.BackendKind;
import cco.domain.session.ProgramLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the probe against the real bwrap of this machine. */
class BubblewrapProbeTest {

    @Test
    void realBwrapIsUsableHere() {
        String path = System.getenv("PATH");
        assertTrue(ProgramLocator.locate("bwrap", ExecutableSearch.systemThenPath(path), Path.of("/"), new NioHostFileSystem()).isPresent(),
                "bubblewrap is needed by the tests (apt-get install bubblewrap)");
        BubblewrapProbe probe = new BubblewrapProbe(new NioHostFileSystem(), ExecutableSearch.systemThenPath(path), ProbeCache.none());
        assertEquals(BackendKind.BUBBLEWRAP, probe.kind());
        Availability.Usable usable = assertInstanceOf(Availability.Usable.class, probe.check());
        assertEquals("bwrap", Path.of(usable.detail()).getFileName().toString());
    }

    @Test
    void aSuccessfulTrialIsRememberedForTheSameBinaryUserAndBoot(@TempDir Path cacheHome) throws IOException {
        String path = System.getenv("PATH");
        assertTrue(ProgramLocator.locate("bwrap", ExecutableSearch.systemThenPath(path), Path.of("/"), new NioHostFileSystem()).isPresent(),
                "bubblewrap is needed by the tests (apt-get install bubblewrap)");
        BubblewrapProbe probe = BubblewrapProbe.searching(new NioHostFileSystem(), path, cacheHome.toString(), Path.of("/nonexistent"));
        assertInstanceOf(Availability.Usable.class, probe.check());
        Path remembered = cacheHome.resolve("cco/bwrap-usable");
        assertTrue(Files.readString(remembered).contains("/bwrap\n"), "the trial's success is remembered");
        assertInstanceOf(Availability.Usable.class, probe.check(), "and trusted on the next start");
        Files.writeString(remembered, "stale");
        assertInstanceOf(Availability.Usable.class, probe.check(), "a stale entry means a new trial");
        assertTrue(Files.readString(remembered).contains("/bwrap\n"));
    }

    @Test
    void withoutBwrapOnPathItIsUnusableWithTheFix() {
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class, new BubblewrapProbe(new NioHostFileSystem(), "/nonexistent:relative", ProbeCache.none()).check());
        assertEquals("bwrap is not installed (not found in /nonexistent:relative)", why.reason());
    }
}
