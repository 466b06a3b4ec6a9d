package cco.domain.policy;

import cco.domain.agent.DirectoryLocation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The real host paths a session's policy is built around: the project, the home directory,
 * where the user moved agents' directories (CODEX_HOME, CLAUDE_CONFIG_DIR, XDG_DATA_HOME...: by
 * variable name, each resolved to a real path), the user's runtime directory (sockets of the desktop session), the file behind
 * /etc/resolv.conf (often under /run), cco's own installation, and cco's own state (private
 * copies of agent state), which no session may change, cco's configuration directory,
 * which no session may write, cco's credential backups, which no session may read or write, and
 * the host's Docker socket, shared only with --docker.
 */
public record SessionLocations(
        Path project,
        Path home,
        Map<String, Path> movedAgentDirectories,
        Optional<Path> runtimeDirectory,
        Optional<Path> resolverConfiguration,
        Optional<Path> installation,
        Optional<Path> ccoState,
        Optional<Path> ccoConfiguration,
        Optional<Path> credentialBackups,
        Optional<Path> dockerSocket) {

    public SessionLocations {
        movedAgentDirectories = Map.copyOf(movedAgentDirectories);
    }

    public static SessionLocations of(Path project, Path home) {
        return new SessionLocations(project, home, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Where an agent's directory is on this host. */
    public Path agentDirectory(DirectoryLocation location) {
        return location.resolve(home, movedAgentDirectories);
    }
}
