package cco.domain.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the agents keep their state in the home directory: writable, and created if missing as
 * the agent would, except the parts that make the host run code in a later session (hooks,
 * settings, commands, agents, plugins; Codex's config with its MCP servers and notify program).
 * Claude Code takes a lock directory beside ~/.claude.json before rewriting it. The agents'
 * credential files are read-only: a session must not replace the host's credentials (FEATURES
 * §6: a refreshed token flows back only through --allow-oauth-refresh).
 */
public final class AgentStateLocations {
    private static final Map<String, WhenMissing> CLAUDE_EXECUTABLE_CONFIG = Map.ofEntries(
            Map.entry("settings.json", WhenMissing.EMPTY_JSON_OBJECT),
            Map.entry("settings.local.json", WhenMissing.EMPTY_JSON_OBJECT),
            Map.entry("hooks", WhenMissing.DIRECTORY),
            Map.entry("commands", WhenMissing.DIRECTORY),
            Map.entry("agents", WhenMissing.DIRECTORY),
            Map.entry("plugins", WhenMissing.DIRECTORY),
            Map.entry("skills", WhenMissing.DIRECTORY),
            Map.entry("output-styles", WhenMissing.DIRECTORY),
            Map.entry("local", WhenMissing.DIRECTORY),
            Map.entry("CLAUDE.md", WhenMissing.EMPTY_FILE));
    private static final Map<String, WhenMissing> CODEX_EXECUTABLE_CONFIG = Map.of(
            "config.toml", WhenMissing.EMPTY_FILE,
            "rules", WhenMissing.DIRECTORY,
            "AGENTS.md", WhenMissing.EMPTY_FILE);

    private AgentStateLocations() {
    }

    /** Claude Code's state for every session but Codex's (a shell or command may well run claude); Codex's for Codex. */
    public static List<PathRule> rules(Path home, boolean codex, Optional<Path> codexHome) {
        List<PathRule> rules = new ArrayList<>();
        if (codex) {
            Path codexDir = codexHome.orElse(home.resolve(".codex"));
            rules.add(writable(codexDir, WhenMissing.DIRECTORY));
            CODEX_EXECUTABLE_CONFIG.forEach((name, whenMissing) ->
                    rules.add(PathRule.evenIfMissing(codexDir.resolve(name), Access.READ_ONLY, RuleOrigin.AGENT_EXECUTABLE_CONFIG, whenMissing)));
            rules.add(PathRule.existing(codexDir.resolve("auth.json"), Access.READ_ONLY, RuleOrigin.AGENT_CREDENTIALS));
            return rules;
        }
        Path claudeDir = home.resolve(".claude");
        rules.add(writable(claudeDir, WhenMissing.DIRECTORY));
        rules.add(writable(home.resolve(".claude.json"), WhenMissing.EMPTY_JSON_OBJECT));
        rules.add(writable(home.resolve(".claude.json.lock"), WhenMissing.DIRECTORY));
        CLAUDE_EXECUTABLE_CONFIG.forEach((name, whenMissing) ->
                rules.add(PathRule.evenIfMissing(claudeDir.resolve(name), Access.READ_ONLY, RuleOrigin.AGENT_EXECUTABLE_CONFIG, whenMissing)));
        rules.add(PathRule.existing(claudeDir.resolve(".credentials.json"), Access.READ_ONLY, RuleOrigin.AGENT_CREDENTIALS));
        return rules;
    }

    private static PathRule writable(Path path, WhenMissing whenMissing) {
        return PathRule.evenIfMissing(path, Access.READ_WRITE, RuleOrigin.AGENT_STATE, whenMissing);
    }
}
