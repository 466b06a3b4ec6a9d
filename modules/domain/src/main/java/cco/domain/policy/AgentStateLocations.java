package cco.domain.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the agents keep their state in the home directory: writable, because the agent needs
 * it, except the parts that make the host run code in a later session (hooks, settings,
 * commands, agents, plugins; Codex's config with its MCP servers and notify program).
 */
public final class AgentStateLocations {
    private AgentStateLocations() {
    }

    public static List<PathRule> rules(Path home, boolean includeCodex, Optional<Path> codexHome) {
        List<PathRule> rules = new ArrayList<>();
        Path claudeDir = home.resolve(".claude");
        rules.add(writable(claudeDir));
        rules.add(writable(home.resolve(".claude.json")));
        rules.add(writable(home.resolve(".claude.json.lock")));
        for (String executable : List.of("settings.json", "settings.local.json", "hooks", "commands", "agents", "plugins")) {
            rules.add(PathRule.evenIfMissing(claudeDir.resolve(executable), Access.READ_ONLY, RuleOrigin.AGENT_EXECUTABLE_CONFIG));
        }
        if (includeCodex) {
            Path codexDir = codexHome.orElse(home.resolve(".codex"));
            rules.add(writable(codexDir));
            rules.add(PathRule.evenIfMissing(codexDir.resolve("config.toml"), Access.READ_ONLY, RuleOrigin.AGENT_EXECUTABLE_CONFIG));
        }
        return rules;
    }

    private static PathRule writable(Path path) {
        return PathRule.evenIfMissing(path, Access.READ_WRITE, RuleOrigin.AGENT_STATE);
    }
}
