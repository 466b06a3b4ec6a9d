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
     * After the suspend key (Ctrl-Z) was written: if the session's terminal turns that key into a
     * signal (cooked mode) and the sandbox's own process group is in the foreground, stops that
     * group and says so. The kernel discards the SIGTSTP the key produces there: a sandbox in a
     * session of its own is an orphaned process group.
     */
    boolean stopForegroundForSuspendKey();

    /** True when a process of the sandbox's own process group, in the foreground, is stopped. */
    boolean foregroundStopped();

    /** Continues the sandbox's own process group when it is in the foreground (SIGCONT). */
    void continueForeground();

    @Override
    void close();
}
