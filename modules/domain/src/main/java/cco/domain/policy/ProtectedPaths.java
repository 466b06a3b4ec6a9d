package cco.domain.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Files inside a writable directory that would make the host run code later (git hooks and
 * config, agent hooks and MCP servers, editor tasks, direnv), so they stay read-only even when
 * the directory around them is writable and even before they exist.
 */
public final class ProtectedPaths {
    static final Map<String, WhenMissing> RELATIVE = Map.of(
            ".git/hooks", WhenMissing.DIRECTORY,
            ".git/config", WhenMissing.EMPTY_FILE,
            ".claude/settings.json", WhenMissing.EMPTY_JSON_OBJECT,
            ".claude/settings.local.json", WhenMissing.EMPTY_JSON_OBJECT,
            ".mcp.json", WhenMissing.EMPTY_JSON_OBJECT,
            ".codex", WhenMissing.DIRECTORY,
            ".vscode", WhenMissing.DIRECTORY,
            ".idea", WhenMissing.DIRECTORY,
            ".envrc", WhenMissing.EMPTY_FILE);

    private ProtectedPaths() {
    }

    public static List<PathRule> within(Path writableRoot) {
        return RELATIVE.entrySet().stream()
                .map(entry -> PathRule.evenIfMissing(writableRoot.resolve(entry.getKey()), Access.READ_ONLY, RuleOrigin.PROTECTED, entry.getValue()))
                .toList();
    }

    /** The hooks and config of another repository's git directory (nested repository or submodule). */
    public static List<PathRule> ofGitDirectory(Path gitDirectory) {
        return List.of(
                PathRule.evenIfMissing(gitDirectory.resolve("hooks"), Access.READ_ONLY, RuleOrigin.PROTECTED, WhenMissing.DIRECTORY),
                PathRule.evenIfMissing(gitDirectory.resolve("config"), Access.READ_ONLY, RuleOrigin.PROTECTED, WhenMissing.EMPTY_FILE));
    }
}
