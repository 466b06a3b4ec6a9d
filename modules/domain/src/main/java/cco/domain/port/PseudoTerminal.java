package cco.domain.port;

import cco.domain.terminal.WindowSize;
import java.io.IOException;

/**
 * The controlling side of a private pseudo-terminal: the sandbox gets its other end as its
 * terminal, so nothing it does to that terminal reaches the user's.
 */
public interface PseudoTerminal extends AutoCloseable {

    /** The path of the terminal the sandbox opens (its stdin, stdout, stderr and controlling terminal). */
    String devicePath();

    /** Sets the size the sandbox sees; the kernel tells its foreground processes (SIGWINCH). Best effort. */
    void resize(WindowSize size);

    /** Blocks for output of the sandbox; -1 once every process holding the terminal has closed it. */
    int read(byte[] buffer) throws IOException;

    /** Input for the sandbox, as if typed. */
    void write(byte[] buffer, int length) throws IOException;

    /**
     * True when a process of the terminal's foreground process group is stopped: after Ctrl-Z the
     * whole job (its session leader then stops itself and takes the foreground), or an agent
     * that suspended itself.
     */
    boolean foregroundStopped();

    /** Continues the terminal's foreground process group and the session leader's (SIGCONT). */
    void continueForeground();

    @Override
    void close();
}
