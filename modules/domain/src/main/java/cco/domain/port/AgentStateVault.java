package cco.domain.port;

import cco.domain.launch.PrivateCopy;
import java.nio.file.Path;
import java.util.List;

/** Keeps agent state files that hold executable configuration out of the sandbox's reach. */
public interface AgentStateVault {

    /** Private copies, for this session, of the state files that exist. */
    List<PrivateCopy> isolate(List<Path> hostFiles);

    /** Merges a finished session's safe changes back; returns the changes that were refused. */
    List<String> mergeBack(Path sessionDirectory, Path hostFile);
}
