package cco.adapter.seatbelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cco.domain.backend.Availability;
import cco.domain.session.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeatbeltProbeTest {

    @Test
    void isUnusableOffMacos() {
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class,
                new SeatbeltProbe(Platform.LINUX, SeatbeltProbe.SANDBOX_EXEC).check());
        assertEquals("Seatbelt exists only on macOS", why.reason());
    }

    @Test
    void onMacosItNeedsSandboxExec(@TempDir Path dir) throws IOException {
        Path sandboxExec = dir.resolve("sandbox-exec");
        assertInstanceOf(Availability.Unusable.class, new SeatbeltProbe(Platform.MACOS, sandboxExec).check());
        Files.createFile(sandboxExec, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertInstanceOf(Availability.Usable.class, new SeatbeltProbe(Platform.MACOS, sandboxExec).check());
    }
}
