package cco.domain.policy;

import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a session sees of the agents' home directories (~/.claude, ~/.codex): a private view.
 * The directory is a fresh one of the session's own, so whatever the agent writes there (shell
 * snapshots and hook scripts that Claude Code later sources, caches, histories, new files of a
 * future version) stays in the session, and nothing of the host's state shows but what is
 * listed here: the user's configuration and credentials, read-only; the user's own files at the
 * top level (a status line script), read-only; and Claude's transcripts and memory of this
 * project, read-write, so that --resume and memory work. Other projects' transcripts and memory,
 * the prompt history of every project, file backups and pastes stay out of sight.
 * <p>
 * The session's own agent always gets this view (its home created as the agent would create it);
 * another agent's home gets it only inside a writable root (--add-dir ~), where it is otherwise
 * unprotected, and is kept from being created there when it does not exist.
 */
public final class AgentHomes {
    static final Set<String> CLAUDE_CONFIGURATION = Set.of("settings.json", "settings.local.json", "CLAUDE.md", "commands",
            "agents", "skills", "plugins", "output-styles", "hooks", "rules", "themes", "keybindings.json", "local");
    static final Set<String> CODEX_CONFIGURATION = Set.of("config.toml", "AGENTS.md", "AGENTS.override.md", "prompts", "rules",
            "skills");
    static final String CLAUDE_CREDENTIALS = ".credentials.json";
    static final String CODEX_CREDENTIALS = "auth.json";
    /** Names of data an agent writes for itself, never the user's own top-level files. */
    private static final List<String> DATA_SUFFIXES = List.of(".json", ".jsonl", ".log", ".lock");

    private final HostFileSystem fileSystem;

    public AgentHomes(HostFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    /** The rules for both agents' homes in a session of {@code codex} or any other agent. */
    public List<PathRule> rules(SessionLocations locations, boolean codex, List<Path> writableRoots) {
        Path claudeHome = claudeHome(locations.home());
        Path codexHome = codexHome(locations);
        List<PathRule> rules = new ArrayList<>();
        if (codex) {
            rules.addAll(privateView(codexHome, CODEX_CONFIGURATION, CODEX_CREDENTIALS));
        } else {
            rules.addAll(privateView(claudeHome, CLAUDE_CONFIGURATION, CLAUDE_CREDENTIALS));
            rules.add(PathRule.evenIfMissing(claudeHome.resolve("projects").resolve(ClaudeProjectKey.of(locations.project())),
                    Access.READ_WRITE, RuleOrigin.AGENT_PROJECT_STATE, WhenMissing.DIRECTORY));
            // A private copy of ~/.claude.json (ADR 0013) and the lock directory Claude takes beside it.
            rules.add(PathRule.evenIfMissing(locations.home().resolve(".claude.json"), Access.READ_WRITE, RuleOrigin.AGENT_STATE,
                    WhenMissing.EMPTY_JSON_OBJECT));
            rules.add(PathRule.evenIfMissing(locations.home().resolve(".claude.json.lock"), Access.READ_WRITE, RuleOrigin.AGENT_STATE,
                    WhenMissing.DIRECTORY));
        }
        if (codex && HomeCodeLocations.within(claudeHome, writableRoots)) {
            rules.addAll(otherAgentsHome(claudeHome, CLAUDE_CONFIGURATION, CLAUDE_CREDENTIALS));
        }
        if (!codex && HomeCodeLocations.within(codexHome, writableRoots)) {
            rules.addAll(otherAgentsHome(codexHome, CODEX_CONFIGURATION, CODEX_CREDENTIALS));
        }
        return rules;
    }

    public static Path claudeHome(Path home) {
        return home.resolve(".claude");
    }

    public static Path codexHome(SessionLocations locations) {
        return locations.codexHome().orElse(locations.home().resolve(".codex"));
    }

    /** Only inside a writable root: elsewhere the host's read-only view already protects it. */
    private List<PathRule> otherAgentsHome(Path agentHome, Set<String> configuration, String credentials) {
        if (fileSystem.realPath(agentHome).isEmpty()) {
            return List.of(PathRule.evenIfMissing(agentHome, Access.DENIED, RuleOrigin.OTHER_AGENT_HOME, WhenMissing.DIRECTORY));
        }
        return privateView(agentHome, configuration, credentials);
    }

    private List<PathRule> privateView(Path agentHome, Set<String> configuration, String credentials) {
        List<PathRule> rules = new ArrayList<>();
        rules.add(PathRule.evenIfMissing(agentHome, Access.PRIVATE, RuleOrigin.AGENT_HOME, WhenMissing.DIRECTORY));
        for (HostFileSystem.Entry entry : fileSystem.entries(agentHome)) {
            Path path = agentHome.resolve(entry.name());
            if (entry.name().equals(credentials)) {
                rules.add(PathRule.existing(path, Access.READ_ONLY, RuleOrigin.AGENT_CREDENTIALS));
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
