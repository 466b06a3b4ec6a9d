package cco.adapter.terminal;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.PseudoTerminal;
import cco.domain.port.PseudoTerminals;
import cco.domain.terminal.WindowSize;
import com.sun.jna.LastErrorException;
import java.nio.charset.StandardCharsets;

/** posix_openpt, grantpt, unlockpt, ptsname_r. */
final class LinuxPseudoTerminals implements PseudoTerminals {

    @Override
    public PseudoTerminal open(WindowSize size) {
        int master;
        try {
            master = LibC.posix_openpt(LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_CLOEXEC);
        } catch (LastErrorException e) {
            throw unavailable(e.getMessage());
        }
        try {
            LibC.grantpt(master);
            LibC.unlockpt(master);
            LinuxPseudoTerminal terminal = new LinuxPseudoTerminal(master, deviceName(master));
            terminal.resize(size);
            return terminal;
        } catch (LastErrorException e) {
            Descriptors.closeQuietly(master);
            throw unavailable(e.getMessage());
        } catch (CcoException e) {
            Descriptors.closeQuietly(master);
            throw e;
        }
    }

    private static String deviceName(int master) {
        byte[] name = new byte[128];
        int error = LibC.ptsname_r(master, name, name.length);
        if (error != 0) {
            throw unavailable("ptsname_r failed with error " + error);
        }
        int length = 0;
        while (length < name.length && name[length] != 0) {
            length++;
        }
        return new String(name, 0, length, StandardCharsets.UTF_8);
    }

    private static CcoException unavailable(String reason) {
        return new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot open a private terminal for the session: " + reason);
    }
}
