package cco.domain.port;

import java.nio.file.Path;
import java.util.List;

/**
 * After a session: neutralises what it left in git directories it created or changed inside
 * the writable roots, where a later git on the host would run it (hooks, code-running keys).
 */
public interface RepositoryAudit {

    /**
     * @param roots the session's writable roots, searched without following links
     * @param sessionStart a file dated at the session's start; a change is newer than it by ctime, which no one can set back
     * @return one line per thing moved into quarantine, for the user
     */
    List<String> neutralise(List<Path> roots, Path sessionStart);
}
