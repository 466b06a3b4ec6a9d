package cco.domain.port;

import java.nio.file.Path;
import java.util.List;

/**
 * After a session: neutralises what it left in git directories it created or changed inside
 * the writable roots, where a later git on the host would run it (hooks, code-running keys).
 */
public interface RepositoryAudit {

    /**
     * @param candidates paths found changed since the session started: git configs, HEADs, hooks, .git entries
     * @param sessionStart a file created as the session started; a change is newer than it by ctime, which no one can set back
     * @return one line per thing moved into quarantine or removed, for the user
     */
    List<String> neutralise(List<Path> candidates, Path sessionStart);
}
