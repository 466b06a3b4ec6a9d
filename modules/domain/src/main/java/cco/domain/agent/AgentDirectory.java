package cco.domain.agent;

import java.util.Set;

/**
 * One directory of an agent's state. Names are relative to it and may reach below its top level
 * ("agent/settings.json").
 *
 * @param configuration what the user configures there that makes the agent run code or follow
 *     instructions (settings with hooks, extensions, commands, MCP servers): read-only in a session
 * @param credentials the agent's credential files there: read-only in a session
 * @param createdByTheAgent the agent creates it when it runs and it is missing (else it is an
 *     installation's, which a session only sees where it exists)
 */
public record AgentDirectory(DirectoryLocation location, Set<String> configuration, Set<String> credentials, boolean createdByTheAgent) {

    public AgentDirectory {
        configuration = Set.copyOf(configuration);
        credentials = Set.copyOf(credentials);
    }

    public static AgentDirectory of(DirectoryLocation location, Set<String> configuration, Set<String> credentials) {
        return new AgentDirectory(location, configuration, credentials, true);
    }

    /** A directory of state only: caches, logs, sessions. */
    public static AgentDirectory stateOnly(DirectoryLocation location) {
        return of(location, Set.of(), Set.of());
    }

    /** Where an installer put the agent, with configuration beside it. */
    public static AgentDirectory installation(DirectoryLocation location, Set<String> configuration) {
        return new AgentDirectory(location, configuration, Set.of(), false);
    }
}
