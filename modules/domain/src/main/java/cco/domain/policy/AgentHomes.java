package cco.domain.policy;

import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a session sees of the agents' homes (~/.claude or $CLAUDE_CONFIG_DIR, ~/.codex or
 * $CODEX_HOME): private views, in every session. The directory is a fresh one of the session's
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
    static final Set<String> CLAUDE_CONFIGURATION = Set.of("settings.json", "settings.local.json", "CLAUDE.md", "commands",
            "agents", "skills", "plugins", "output-styles", "hooks", "rules", "themes", "keybindings.json", "local");
    static final Set<String> CODEX_CONFIGURATION = Set.of("config.toml", "AGENTS.md", "AGENTS.override.md", "prompts", "rules",
            "skills");
    public static final String CLAUDE_CREDENTIALS = ".credentials.json";
    public static final String CODEX_CREDENTIALS = "auth.json";
    private static final String CLAUDE_CONFIGURATION_FILE = ".claude.json";
    /** Names of data an agent writes for itself, never the user's own top-level files. */
    private static final List<String> DATA_SUFFIXES = List.of(".json", ".jsonl", ".log", ".lock");

    private final HostFileSystem fileSystem;

    public AgentHomes(HostFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    /** @param credentialsCopied the session's own agent finds a private copy of its credentials in its home for the session, not the host's file */
    public List<PathRule> rules(SessionLocations locations, AgentState state, boolean credentialsCopied, List<Path> writableRoots) {
        List<PathRule> rules = new ArrayList<>();
        rules.addAll(home(claudeHome(locations), CLAUDE_CONFIGURATION, CLAUDE_CREDENTIALS, state == AgentState.CLAUDE, credentialsCopied, writableRoots));
        rules.addAll(home(codexHome(locations), CODEX_CONFIGURATION, CODEX_CREDENTIALS, state == AgentState.CODEX, credentialsCopied, writableRoots));
        if (state == AgentState.CLAUDE) {
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
        return locations.claudeConfigDirectory().orElse(locations.home().resolve(".claude"));
    }

    /** Claude Code's global configuration on the host: ~/.claude.json, or .claude.json in $CLAUDE_CONFIG_DIR. */
    public static Path claudeConfigurationFile(SessionLocations locations) {
        return locations.claudeConfigDirectory().orElse(locations.home()).resolve(CLAUDE_CONFIGURATION_FILE);
    }

    public static Path codexHome(SessionLocations locations) {
        return locations.codexHome().orElse(locations.home().resolve(".codex"));
    }

    private List<PathRule> home(Path agentHome, Set<String> configuration, String credentials, boolean own, boolean credentialsCopied,
            List<Path> writableRoots) {
        if (!own && fileSystem.realPath(agentHome).isEmpty()) {
            return HomeCodeLocations.within(agentHome, writableRoots)
                    ? List.of(PathRule.evenIfMissing(agentHome, Access.DENIED, RuleOrigin.OTHER_AGENT_HOME, WhenMissing.DIRECTORY))
                    : List.of();
        }
        return privateView(agentHome, configuration, credentials, own && credentialsCopied);
    }

    /** {@code credentialsCopied}: the session's copy, in its home for the session, stands in for the host's credential file. */
    private List<PathRule> privateView(Path agentHome, Set<String> configuration, String credentials, boolean credentialsCopied) {
        List<PathRule> rules = new ArrayList<>();
        rules.add(PathRule.evenIfMissing(agentHome, Access.PRIVATE, RuleOrigin.AGENT_HOME, WhenMissing.DIRECTORY));
        for (HostFileSystem.Entry entry : fileSystem.entries(agentHome)) {
            Path path = agentHome.resolve(entry.name());
            if (entry.name().equals(credentials)) {
                if (!credentialsCopied) {
                    rules.add(PathRule.existing(path, Access.READ_ONLY, RuleOrigin.AGENT_CREDENTIALS));
                }
            } else if (configuration.contains(entry.name())) {
                rules.add(PathRule.existing(path, Access.READ_ONLY, RuleOrigin.AGENT_EXECUTABLE_CONFIG));
            } else if (isUsersOwnFile(entry)) {
                rules.add(PathRule.existing(path, Access.READ_ONLY, RuleOrigin.AGENT_HOME_USER_FILE));
            }
        }
        return rules;
    }

    private static boolean isUsersOwnFile(HostFileSystem.Entry entry) {
        return (entry.kind() == HostFileSystem.Entry.Kind.FILE || entry.kind() == HostFileSystem.Entry.Kind.LINK)
                && DATA_SUFFIXES.stream().noneMatch(entry.name()::endsWith);
    }
}
