package cco.domain.port;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where cco keeps what a session left that the host would run (hooks, code-running settings, a
 * created .mcp.json): moved there, never deleted, under its original absolute path, for the user
 * to inspect or restore.
 */
public interface Quarantine {

    /** Moves {@code path} (a link as a link) into the quarantine; returns where it went. */
    Path take(Path path) throws IOException;
}
