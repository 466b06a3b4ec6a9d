package cco.domain.policy;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The real host paths a session's policy is built around: the project, the home directory,
 * Codex's home, Claude Code's configuration directory when the user moved it (CLAUDE_CONFIG_DIR), the user's runtime directory (sockets of the desktop session), the file behind
 * /etc/resolv.conf (often under /run), cco's own installation, and cco's own state (private
 * copies of agent state, backups), which no session may change, cco's configuration directory,
 * which no session may write, and the host's Docker socket, shared only with --docker.
 */
public record SessionLocations(
        Path project,
        Path home,
        Optional<Path> codexHome,
        Optional<Path> claudeConfigDirectory,
        Optional<Path> runtimeDirectory,
        Optional<Path> resolverConfiguration,
        Optional<Path> installation,
        Optional<Path> ccoState,
        Optional<Path> ccoConfiguration,
        Optional<Path> dockerSocket) {

    public static SessionLocations of(Path project, Path home) {
        return new SessionLocations(project, home, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
