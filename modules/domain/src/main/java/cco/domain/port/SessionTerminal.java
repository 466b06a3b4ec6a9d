package cco.domain.port;

import cco.domain.terminal.WindowSize;
import java.io.IOException;

/** The session's side of a relayed terminal: what the session prints, what it reads as typed, and its size. */
public interface SessionTerminal {

    /** Sets the size the session sees; its foreground processes are told (SIGWINCH). Best effort. */
    void resize(WindowSize size);

    /** Blocks for output of the session; -1 once the session has closed its terminal. */
    int read(byte[] buffer) throws IOException;

    /** Input for the session, as if typed. */
    void write(byte[] buffer, int length) throws IOException;
}
