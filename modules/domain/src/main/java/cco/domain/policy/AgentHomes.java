package cco.domain.policy;

import cco.domain.agent.AgentDirectory;
import cco.domain.agent.AgentProfile;
import cco.domain.agent.KnownAgents;
import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a session sees of the agents' homes (~/.claude or $CLAUDE_CONFIG_DIR, ~/.codex or
 * $CODEX_HOME, ~/.gemini, OpenCode's XDG directories... every directory of every known agent):
 * private views, in every session. The directory is a fresh one of the session's
 * own, so whatever is written there (shell snapshots and hook scripts that Claude Code later
 * sources, caches, histories, new files of a future version) stays in the session, and nothing of
 * the host's state shows but what is listed here: the user's configuration and credentials,
 * read-only; the user's own files at the top level (a status line script), read-only; and, in a
 * Claude session, Claude's transcripts and memory of this project, read-write, so that --resume
 * and memory work. Other projects' transcripts and memory, the prompt history of every project,
 * file backups and pastes stay out of sight.
 * <p>
 * The session's own agent has its home created as the agent would create it. Claude Code's global
 * configuration (~/.claude.json) is hidden: a Claude session gets a private copy inside its home,
 * where Claude finds it through CLAUDE_CONFIG_DIR and can lock and replace it as it does bare. An
 * agent home or configuration file that does not exist is kept from being created only where it
 * could be, inside a writable root (--add-dir ~).
 */
public final class AgentHomes {
    private static final String CLAUDE_CONFIGURATION_FILE = ".claude.json";
    /** Names of data an agent writes for itself, never the user's own top-level files. */
    private static final List<String> DATA_SUFFIXES = List.of(".json", ".jsonl", ".log", ".lock");

    private final HostFileSystem fileSystem;

    public AgentHomes(HostFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    /**
     * @param own the agent whose state the session keeps
     * @param credentialsCopied the session's own agent finds a private copy of its credentials in its home for the session, not the host's file
     */
    public List<PathRule> rules(SessionLocations locations, Optional<AgentProfile> own, boolean credentialsCopied, List<Path> writableRoots) {
        List<PathRule> rules = new ArrayList<>();
        for (AgentProfile agent : KnownAgents.ALL) {
            boolean mine = own.equals(Optional.of(agent));
            for (AgentDirectory directory : agent.directories()) {
                rules.addAll(home(locations.agentDirectory(directory.location()), directory, mine && directory.createdByTheAgent(),
                        mine && credentialsCopied && agent.refreshableCredentials(), writableRoots));
            }
        }
        if (own.equals(Optional.of(KnownAgents.CLAUDE))) {
            rules.add(PathRule.evenIfMissing(claudeHome(locations).resolve("projects").resolve(ClaudeProjectKey.of(locations.project())),
                    Access.READ_WRITE, RuleOrigin.AGENT_PROJECT_STATE, WhenMissing.DIRECTORY));
        }
        Path configuration = claudeConfigurationFile(locations);
        rules.add(HomeCodeLocations.within(configuration, writableRoots)
                ? PathRule.evenIfMissing(configuration, Access.DENIED, RuleOrigin.AGENT_STATE, WhenMissing.EMPTY_JSON_OBJECT)
                : PathRule.existing(configuration, Access.DENIED, RuleOrigin.AGENT_STATE));
        return rules;
    }

    public static Path claudeHome(SessionLocations locations) {
        return homeOf(locations, KnownAgents.CLAUDE);
    }

    /** Where an agent's first directory, its home, is on this host. */
    public static Path homeOf(SessionLocations locations, AgentProfile agent) {
        return locations.agentDirectory(agent.directories().getFirst().location());
    }

    /** Claude Code's global configuration on the host: ~/.claude.json, or .claude.json in $CLAUDE_CONFIG_DIR. */
    public static Path claudeConfigurationFile(SessionLocations locations) {
        return Optional.ofNullable(locations.movedAgentDirectories().get("CLAUDE_CONFIG_DIR")).orElse(locations.home())
                .resolve(CLAUDE_CONFIGURATION_FILE);
    }

    private List<PathRule> home(Path agentHome, AgentDirectory directory, boolean created, boolean credentialsCopied, List<Path> writableRoots) {
        if (!created && fileSystem.realPath(agentHome).isEmpty()) {
            return HomeCodeLocations.within(agentHome, writableRoots)
                    ? List.of(PathRule.evenIfMissing(agentHome, Access.DENIED, RuleOrigin.OTHER_AGENT_HOME, WhenMissing.DIRECTORY))
                    : List.of();
        }
        return privateView(agentHome, directory, credentialsCopied);
    }

    /** {@code credentialsCopied}: the session's copy, in its home for the session, stands in for the host's credential file. */
    private List<PathRule> privateView(Path agentHome, AgentDirectory directory, boolean credentialsCopied) {
        List<PathRule> rules = new ArrayList<>();
        rules.add(PathRule.evenIfMissing(agentHome, Access.PRIVATE, RuleOrigin.AGENT_HOME, WhenMissing.DIRECTORY));
        for (HostFileSystem.Entry entry : fileSystem.entries(agentHome)) {
            Path path = agentHome.resolve(entry.name());
            if (directory.credentials().contains(entry.name())) {
                if (!credentialsCopied) {
                    rules.add(PathRule.existing(path, Access.READ_ONLY, RuleOrigin.AGENT_CREDENTIALS));
                }
            } else if (directory.configuration().contains(entry.name())) {
                rules.add(PathRule.existing(path, Access.READ_ONLY, RuleOrigin.AGENT_EXECUTABLE_CONFIG));
            } else if (isUsersOwnFile(entry)) {
                rules.add(PathRule.existing(path, Access.READ_ONLY, RuleOrigin.AGENT_HOME_USER_FILE));
            }
        }
        rules.addAll(belowTopLevel(agentHome, directory.configuration(), RuleOrigin.AGENT_EXECUTABLE_CONFIG));
        rules.addAll(belowTopLevel(agentHome, directory.credentials(), RuleOrigin.AGENT_CREDENTIALS));
        return rules;
    }

    /** Names that reach below the home's top level ("agent/settings.json"), where they exist. */
    private List<PathRule> belowTopLevel(Path agentHome, Set<String> names, RuleOrigin origin) {
        return names.stream().filter(name -> name.contains("/")).sorted()
                .map(agentHome::resolve)
                .filter(path -> fileSystem.realPath(path).isPresent())
                .map(path -> PathRule.existing(path, Access.READ_ONLY, origin))
                .toList();
    }

    private static boolean isUsersOwnFile(HostFileSystem.Entry entry) {
        return (entry.kind() == HostFileSystem.Entry.Kind.FILE || entry.kind() == HostFileSystem.Entry.Kind.LINK)
                && DATA_SUFFIXES.stream().noneMatch(entry.name()::endsWith);
    }
}
