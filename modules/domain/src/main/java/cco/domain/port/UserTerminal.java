package cco.domain.port;

import cco.domain.terminal.TerminalSignal;
import cco.domain.terminal.WindowSize;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.Consumer;

/** The terminal cco was started from: its streams, its size, its modes, and the signals about it. */
public interface UserTerminal {

    /** True when both standard input and standard output are terminals. */
    boolean interactive();

    WindowSize size();

    /** Whether cco's process group has the terminal (the shell's job control decides), or the terminal is gone. */
    Position position();

    /**
     * Puts the terminal in raw mode (in the foreground only); the returned handle restores the
     * previous attributes, again only in the foreground: in the background they are the shell's
     * or its foreground job's, and a stopped cco has restored them before stopping.
     */
    RawMode enterRawMode();

    InputStream input();

    /** Unbuffered: what is written reaches the terminal at once. */
    OutputStream output();

    /**
     * Runs {@code action} on a Java thread of its own each time one of {@code signals} arrives
     * (the signal handler itself only records it); replaces the default reaction to them.
     */
    void onSignals(Set<TerminalSignal> signals, Consumer<TerminalSignal> action);

    /** Stops cco's own job as the shell would stop it (SIGTSTP to cco's process group); returns once continued. */
    void suspend();

    enum Position { FOREGROUND, BACKGROUND, GONE }

    /** Attributes saved when raw mode was entered; restoring twice is harmless. */
    interface RawMode extends AutoCloseable {
        /** Raw mode again, after something else (a shell while cco was stopped) changed the terminal. */
        void reapply();

        void restore();

        @Override
        default void close() {
            restore();
        }
    }
}
