package cco.domain.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cco.domain.failure.CcoException;
import cco.domain.port.BackendProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendSelectorTest {

    private static final class CountingProbe implements BackendProbe {
        private final BackendKind kind;
        private final Availability availability;
        private int checks;

        CountingProbe(BackendKind kind, Availability availability) {
            this.kind = kind;
            this.availability = availability;
        }

        @Override
        public BackendKind kind() {
            return kind;
        }

        @Override
        public Availability check() {
            checks++;
            return availability;
        }
    }

    private static final Availability.Unusable NO_BWRAP = new Availability.Unusable("bwrap not found", "apt-get install bubblewrap");
    private static final Availability.Unusable NO_DAEMON = new Availability.Unusable("no Docker daemon", "start dockerd");

    @Test
    void autoPrefersTheNativeBackendAndDoesNotProbeDocker() {
        CountingProbe nativeProbe = new CountingProbe(BackendKind.BUBBLEWRAP, new Availability.Usable("bwrap 0.8.0"));
        CountingProbe docker = new CountingProbe(BackendKind.DOCKER, new Availability.Usable("api 1.41"));
        BackendSelection selection = new BackendSelector(nativeProbe, docker).select(BackendChoice.AUTO);
        BackendSelection.Selected selected = assertInstanceOf(BackendSelection.Selected.class, selection);
        assertEquals(BackendKind.BUBBLEWRAP, selected.kind());
        assertEquals(false, selected.fellBack());
        assertEquals(0, docker.checks);
    }

    @Test
    void autoFallsBackToDockerAndSaysWhy() {
        CountingProbe nativeProbe = new CountingProbe(BackendKind.BUBBLEWRAP, NO_BWRAP);
        CountingProbe docker = new CountingProbe(BackendKind.DOCKER, new Availability.Usable("api 1.41"));
        BackendSelection.Selected selected = assertInstanceOf(BackendSelection.Selected.class,
                new BackendSelector(nativeProbe, docker).select(BackendChoice.AUTO));
        assertEquals(BackendKind.DOCKER, selected.kind());
        assertEquals(true, selected.fellBack());
        assertEquals(List.of(new Rejection(BackendKind.BUBBLEWRAP, NO_BWRAP)), selected.rejected());
    }

    @Test
    void nativeFailsClosedWithoutTryingDocker() {
        CountingProbe docker = new CountingProbe(BackendKind.DOCKER, new Availability.Usable("api 1.41"));
        BackendSelection selection = new BackendSelector(new CountingProbe(BackendKind.BUBBLEWRAP, NO_BWRAP), docker)
                .select(BackendChoice.NATIVE);
        BackendSelection.NoneUsable none = assertInstanceOf(BackendSelection.NoneUsable.class, selection);
        assertEquals(1, none.rejected().size());
        assertEquals("native (bubblewrap): bwrap not found (fix: apt-get install bubblewrap)", none.rejected().get(0).describe());
        assertEquals(0, docker.checks);
    }

    @Test
    void dockerIsUsedOnlyWhenUsable() {
        CountingProbe nativeProbe = new CountingProbe(BackendKind.BUBBLEWRAP, new Availability.Usable("bwrap"));
        BackendSelector selector = new BackendSelector(nativeProbe, new CountingProbe(BackendKind.DOCKER, NO_DAEMON));
        assertInstanceOf(BackendSelection.NoneUsable.class, selector.select(BackendChoice.DOCKER));
        assertEquals(0, nativeProbe.checks);
        BackendSelector usable = new BackendSelector(nativeProbe, new CountingProbe(BackendKind.DOCKER, new Availability.Usable("api")));
        assertEquals(BackendKind.DOCKER, assertInstanceOf(BackendSelection.Selected.class, usable.select(BackendChoice.DOCKER)).kind());
    }

    @Test
    void autoWithNothingUsableListsEveryRejection() {
        BackendSelection.NoneUsable none = assertInstanceOf(BackendSelection.NoneUsable.class,
                new BackendSelector(new CountingProbe(BackendKind.BUBBLEWRAP, NO_BWRAP), new CountingProbe(BackendKind.DOCKER, NO_DAEMON))
                        .select(BackendChoice.AUTO));
        assertEquals(2, none.rejected().size());
    }

    @Test
    void choicesParseFromTheirCliNamesOnly() {
        assertEquals(BackendChoice.NATIVE, BackendChoice.parse("native"));
        CcoException e = assertThrows(CcoException.class, () -> BackendChoice.parse("podman"));
        assertEquals("unknown backend 'podman' (expected one of: auto, native, docker)", e.getMessage());
        assertThrows(CcoException.class, () -> BackendChoice.parse("NATIVE"));
    }
}
