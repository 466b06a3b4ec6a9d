package cco.adapter.terminal;

import cco.domain.port.Launcher;
import cco.domain.port.PseudoTerminals;
import cco.domain.port.UserTerminal;
import cco.domain.session.Platform;
import java.io.Console;
import java.util.Optional;
import java.util.function.Consumer;

/** The terminal layer's entry point: everything it offers, once the C library is reachable through JNA. */
public final class NativeTerminal {
    private final UserTerminal user = new LinuxUserTerminal();
    private final PseudoTerminals pseudoTerminals = new LinuxPseudoTerminals();
    private final Launcher launcher = new LinuxLauncher();

    private NativeTerminal() {
    }

    /**
     * Whether cco's standard input and output are both a terminal (as {@link UserTerminal#interactive()}
     * says once the layer is loaded), asked of the JDK: a session without one never needs JNA,
     * whose first load costs a Docker session's start ~30 ms.
     */
    public static boolean standardStreamsAreATerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }

    /** The layer, or empty with the reason given to {@code whyNot} (not Linux, or JNA's native part cannot load). */
    public static Optional<NativeTerminal> load(Platform platform, Consumer<String> whyNot) {
        if (platform != Platform.LINUX) {
            whyNot.accept("the native terminal layer is built for Linux only");
            return Optional.empty();
        }
        try {
            LibC.isatty(0);
            return Optional.of(new NativeTerminal());
        } catch (LinkageError e) {
            whyNot.accept("JNA cannot load its native library: " + e.getMessage());
            return Optional.empty();
        }
    }

    public UserTerminal user() {
        return user;
    }

    public PseudoTerminals pseudoTerminals() {
        return pseudoTerminals;
    }

    public Launcher launcher() {
        return launcher;
    }
}
