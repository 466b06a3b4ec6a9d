package cco.domain.mount;

import cco.domain.launch.Placeholder;
import java.nio.file.Path;
import java.util.List;

/**
 * The mounts that enforce a policy, in order, the denied directories to make read-only once
 * everything is mounted, what must be created on the host first (agent state, kept; stand-ins
 * for missing protected or denied paths, removed afterwards).
 */
public record MountPlan(boolean hostRootReadOnly, List<Mount> mounts, List<Path> remountReadOnly,
        List<Placeholder> agentState, List<Placeholder> placeholders, List<Path> quarantineIfCreated) {
}
