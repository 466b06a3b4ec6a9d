package cco.domain.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Files inside a writable directory that would make the host run code later (git hooks, agent
 * hooks and MCP servers, editor tasks, direnv). Those that exist stay read-only; those that do not
 * are not created (no stand-in in the project, ADR 0021): what the session creates there is moved
 * into cco's quarantine when it ends. git's own configuration is not among them: git must work
 * inside (remotes, branches, submodules), so it stays writable and is made safe by content after
 * the session (ADR 0019).
 */
public final class ProtectedPaths {
    static final Map<String, WhenMissing> RELATIVE = Map.ofEntries(
            Map.entry(".git/hooks", WhenMissing.IGNORE),
            Map.entry(".git/commondir", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".claude/settings.json", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".claude/settings.local.json", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".mcp.json", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".codex", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".vscode", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".idea", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".envrc", WhenMissing.QUARANTINE_IF_CREATED));

    private ProtectedPaths() {
    }

    public static List<PathRule> within(Path writableRoot) {
        return RELATIVE.entrySet().stream()
                .map(entry -> rule(writableRoot.resolve(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** What another repository's git directory (nested repository or submodule) has of the same: its hooks, its commondir. */
    public static List<PathRule> ofGitDirectory(Path gitDirectory) {
        return RELATIVE.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(".git/"))
                .map(entry -> rule(gitDirectory.resolve(entry.getKey().substring(".git/".length())), entry.getValue()))
                .toList();
    }

    private static PathRule rule(Path path, WhenMissing whenMissing) {
        return PathRule.evenIfMissing(path, Access.READ_ONLY, RuleOrigin.PROTECTED, whenMissing);
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
