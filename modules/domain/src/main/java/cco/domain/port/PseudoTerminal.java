package cco.domain.port;

/**
 * The controlling side of a private pseudo-terminal: the sandbox gets its other end as its
 * terminal, so nothing it does to that terminal reaches the user's.
 */
public interface PseudoTerminal extends SessionTerminal, JobControl, AutoCloseable {

    /** The path of the terminal the sandbox opens (its stdin, stdout, stderr and controlling terminal). */
    String devicePath();

    @Override
    void close();
}
