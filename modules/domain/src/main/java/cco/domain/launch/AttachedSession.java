package cco.domain.launch;

import cco.domain.port.UserTerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/** A session the JVM runs itself and waits for: it starts it, relays its terminal or streams, and ends it. */
public interface AttachedSession {

    /**
     * Runs the session to its end and returns the agent's exit status. With an interactive
     * terminal the session gets a terminal of its own, relayed; otherwise standard input is
     * passed on (its end closes the agent's) and the agent's output and errors are kept apart.
     */
    int run(Path sessionDirectory, Optional<UserTerminal> terminal, StandardStreams streams);

    /**
     * Ends the session at once, from another thread: cco is being stopped (SIGTERM, SIGINT or
     * SIGHUP without a terminal to relay them). Best effort; {@link #run} returns soon after.
     */
    void abort();

    record StandardStreams(InputStream in, OutputStream out, OutputStream err) {
    }
}
