package cco.domain.policy;

import java.nio.file.Path;
import java.util.List;

/**
 * Files inside a writable directory that would make the host run code later (git hooks and
 * config, agent hooks and MCP servers, editor tasks, direnv), so they stay read-only even when
 * the directory around them is writable and even before they exist.
 */
public final class ProtectedPaths {
    static final List<String> RELATIVE = List.of(
            ".git/hooks",
            ".git/config",
            ".claude/settings.json",
            ".claude/settings.local.json",
            ".mcp.json",
            ".codex",
            ".vscode",
            ".idea",
            ".envrc");

    private ProtectedPaths() {
    }

    public static List<Path> within(Path writableRoot) {
        return RELATIVE.stream().map(writableRoot::resolve).toList();
    }
}
