package cco.domain.port;

import cco.domain.launch.PrivateCopy;
import java.nio.file.Path;
import java.util.List;

/** Keeps agent state files that hold executable configuration out of the sandbox's reach. */
public interface AgentStateVault {

    /**
     * A private copy of the host's state file for a session in {@code project}, with only what that
     * session may see, in {@code sessionDirectory}, where a fresh directory becomes the agent's {@code home}.
     */
    PrivateCopy isolate(Path sessionDirectory, Path hostFile, Path project, Path home);

    /** Merges a finished session's safe changes back; returns the changes that were refused. */
    List<String> mergeBack(Path sessionDirectory, Path hostFile);
}
