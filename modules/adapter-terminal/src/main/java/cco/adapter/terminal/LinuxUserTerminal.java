package cco.adapter.terminal;

import cco.domain.port.UserTerminal;
import cco.domain.terminal.TerminalSignal;
import cco.domain.terminal.WindowSize;
import com.sun.jna.LastErrorException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** The terminal on cco's standard input and output. */
final class LinuxUserTerminal implements UserTerminal {
    private static final int STDIN = 0;
    private static final int STDOUT = 1;

    private final SignalDispatcher signals = new SignalDispatcher();

    @Override
    public boolean interactive() {
        return LibC.isatty(STDIN) == 1 && LibC.isatty(STDOUT) == 1;
    }

    @Override
    public WindowSize size() {
        return WindowSizes.of(STDOUT);
    }

    /** tcgetpgrp fails once the terminal has hung up (or when it is not cco's controlling terminal). */
    @Override
    public Position position() {
        int foreground = LibC.tcgetpgrp(STDIN);
        if (foreground < 0) {
            return Position.GONE;
        }
        return foreground == LibC.getpgrp() ? Position.FOREGROUND : Position.BACKGROUND;
    }

    /**
     * With SIGTTOU and SIGTTIN ignored, cco in the background (started with {@code &}, or stopped
     * and then {@code bg} or {@code kill %1}) is not stopped again by the kernel: reading the
     * terminal fails (EIO) until cco has the foreground again.
     */
    @Override
    public RawMode enterRawMode() {
        Signal.handle(new Signal("TTOU"), SignalHandler.SIG_IGN);
        Signal.handle(new Signal("TTIN"), SignalHandler.SIG_IGN);
        byte[] previous = new byte[LibC.TERMIOS_BYTES];
        LibC.tcgetattr(STDIN, previous);
        byte[] raw = Arrays.copyOf(previous, previous.length);
        LibC.cfmakeraw(raw);
        SavedAttributes saved = new SavedAttributes(this, previous, raw);
        saved.reapply();
        return saved;
    }

    @Override
    public InputStream input() {
        return new FileInputStream(FileDescriptor.in);
    }

    @Override
    public OutputStream output() {
        return new FileOutputStream(FileDescriptor.out);
    }

    @Override
    public void suspend() {
        LibC.kill(0, LibC.SIGTSTP);
    }

    @Override
    public void onSignals(Set<TerminalSignal> wanted, Consumer<TerminalSignal> action) {
        signals.handle(wanted, action);
    }

    private record SavedAttributes(LinuxUserTerminal terminal, byte[] previous, byte[] raw) implements RawMode {
        @Override
        public void reapply() {
            apply(raw);
        }

        @Override
        public void restore() {
            apply(previous);
        }

        private void apply(byte[] attributes) {
            if (terminal.position() != Position.FOREGROUND) {
                return;
            }
            try {
                LibC.tcsetattr(STDIN, LibC.TCSANOW, attributes);
            } catch (LastErrorException e) {
                // the terminal is gone (hang-up): there is nothing left to set
            }
        }
    }
}
