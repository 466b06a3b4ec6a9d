package cco.adapter.seatbelt;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendKind;
import cco.domain.port.BackendProbe;
import cco.domain.session.Platform;
import java.nio.file.Files;
import java.nio.file.Path;

/** Seatbelt is part of macOS: usable wherever {@code sandbox-exec} is there to run a profile. */
public final class SeatbeltProbe implements BackendProbe {
    public static final Path SANDBOX_EXEC = Path.of("/usr/bin/sandbox-exec");

    private final Platform platform;
    private final Path sandboxExec;

    public SeatbeltProbe(Platform platform, Path sandboxExec) {
        this.platform = platform;
        this.sandboxExec = sandboxExec;
    }

    @Override
    public BackendKind kind() {
        return BackendKind.SEATBELT;
    }

    @Override
    public Availability check() {
        if (platform != Platform.MACOS) {
            return new Availability.Unusable("Seatbelt exists only on macOS", "use --backend auto or docker on this system");
        }
        if (!Files.isExecutable(sandboxExec)) {
            return new Availability.Unusable(sandboxExec + " is missing", "use --backend docker");
        }
        return new Availability.Usable(sandboxExec.toString());
    }
}
