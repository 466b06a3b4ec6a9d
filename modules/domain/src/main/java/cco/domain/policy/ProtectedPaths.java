package cco.domain.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Files inside a writable directory that would make the host run code later (git hooks and
 * config, agent hooks and MCP servers, editor tasks, direnv), so they stay read-only even when
 * the directory around them is writable and even before they exist.
 */
public final class ProtectedPaths {
    static final Map<String, WhenMissing> RELATIVE = Map.ofEntries(
            Map.entry(".git/hooks", WhenMissing.DIRECTORY),
            Map.entry(".git/config", WhenMissing.EMPTY_FILE),
            Map.entry(".git/config.worktree", WhenMissing.EMPTY_FILE),
            Map.entry(".git/worktrees", WhenMissing.DIRECTORY),
            Map.entry(".git/commondir", WhenMissing.REMOVE_IF_CREATED),
            Map.entry(".claude/settings.json", WhenMissing.EMPTY_JSON_OBJECT),
            Map.entry(".claude/settings.local.json", WhenMissing.EMPTY_JSON_OBJECT),
            Map.entry(".mcp.json", WhenMissing.EMPTY_JSON_OBJECT),
            Map.entry(".codex", WhenMissing.DIRECTORY),
            Map.entry(".vscode", WhenMissing.DIRECTORY),
            Map.entry(".idea", WhenMissing.DIRECTORY),
            Map.entry(".envrc", WhenMissing.EMPTY_FILE));

    private ProtectedPaths() {
    }

    public static List<PathRule> within(Path writableRoot) {
        return RELATIVE.entrySet().stream()
                .map(entry -> PathRule.evenIfMissing(writableRoot.resolve(entry.getKey()), Access.READ_ONLY, RuleOrigin.PROTECTED, entry.getValue()))
                .toList();
    }

    /** Everything in another repository's git directory (nested repository or submodule) that git runs or follows. */
    public static List<PathRule> ofGitDirectory(Path gitDirectory) {
        return RELATIVE.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(".git/"))
                .map(entry -> PathRule.evenIfMissing(gitDirectory.resolve(entry.getKey().substring(".git/".length())),
                        Access.READ_ONLY, RuleOrigin.PROTECTED, entry.getValue()))
                .toList();
    }

    /** A worktree or submodule checkout has a .git file pointing elsewhere: the file itself is protected instead. */
    public static List<PathRule> withinCheckoutWithGitFile(Path writableRoot) {
        List<PathRule> rules = new ArrayList<>(within(writableRoot).stream()
                .filter(rule -> !rule.path().startsWith(writableRoot.resolve(".git")))
                .toList());
        rules.add(PathRule.existing(writableRoot.resolve(".git"), Access.READ_ONLY, RuleOrigin.PROTECTED));
        return rules;
    }
}
