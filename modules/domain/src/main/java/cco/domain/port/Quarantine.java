package cco.domain.port;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Where cco keeps what a session left that the host would run (hooks, code-running settings, a
 * created .mcp.json): moved there, never deleted, under its original absolute path, for the user
 * to inspect or restore ({@code cco quarantine}).
 */
public interface Quarantine {

    /** Moves {@code path} (a link as a link) into the quarantine; returns where it went. */
    Path take(Path path) throws IOException;

    /** Everything kept, newest first. */
    List<Kept> kept();

    /**
     * Moves the newest kept copy of {@code original} back; refuses when something is at
     * {@code original} now, or when its directory is reached through a symbolic link.
     */
    Path restore(Path original) throws IOException;

    record Kept(Path original, Path copy, Instant when) {
    }
}
