package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, the everyday actions in miniature: git and Claude Code's own commands work inside as
 * they do bare, nothing appears in the project that nobody made, and what would run code on the
 * host afterwards is in cco's quarantine and reported, while the same made bare stays.
 */
class FootprintTest extends OnHost {
    /** Everything an agent does with git all day, against a local "remote"; prints what a user would check. */
    private static final String GIT = """
            set -e
            git clone -q "$1" .
            git config user.email agent@example.org && git config user.name Agent
            git remote add backup "$1"
            echo change >> file.txt && git commit -qam change
            git checkout -qb feature && git push -qu origin feature 2>/dev/null
            git rev-parse --abbrev-ref --symbolic-full-name '@{u}'
            echo wip > wip.txt && git stash -qu && test ! -e wip.txt && git stash pop -q && cat wip.txt
            git worktree add -q .trees/wt main
            git -c protocol.file.allow=always submodule add -q "$2" lib 2>/dev/null
            git submodule status | cut -c43-
            git remote
            echo done""";

    private Path bareRepository(String name) throws Exception {
        Path repository = host.root.resolve(name);
        assertEquals(0, host.run(host.root, null, "sh", "-c", "git init -q --bare " + name + " && git clone -q " + name + " work-" + name
                + " 2>/dev/null && cd work-" + name + " && echo first > file.txt && git add file.txt"
                + " && git -c user.name=u -c user.email=u@u commit -qm first && git push -q origin HEAD:main"
                + " && cd .. && git -C " + name + " symbolic-ref HEAD refs/heads/main && rm -rf work-" + name).exitCode());
        return repository;
    }

    private static List<String> listing(Path root, String... ignored) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.map(path -> root.relativize(path).toString())
                    .filter(path -> !path.isEmpty() && Stream.of(ignored).noneMatch(path::startsWith))
                    .sorted().toList();
        }
    }

    @Test
    void gitWorksInsideAsItDoesBare() throws Exception {
        Path origin = bareRepository("origin.git");
        Path controlOrigin = bareRepository("control-origin.git");
        Path library = bareRepository("lib.git");
        Path control = Files.createDirectories(host.root.resolve("control"));
        host.asUnprivilegedUser();
        Host.Result bare = host.run(control, null, "sh", "-c", GIT, "sh", controlOrigin.toString(), library.toString());
        assertEquals(0, bare.exitCode(), "positive control, bare: " + bare);
        Host.Result inside = host.cco("--add-dir", origin.toString(), "--command", "sh", "-c", GIT, "sh", origin.toString(), library.toString());
        assertEquals(bare.out(), inside.out(), "the same as bare: " + inside);
        assertEquals("", inside.err(), "nothing to report: no code-running setting was made: " + inside);
        String status = "git status --porcelain --ignored; git config --get branch.feature.remote; git config --get branch.feature.merge";
        assertEquals(host.run(control, null, "sh", "-c", status).out(), host.unsandboxed(status).out(), "upstreams and remotes stay");
        assertEquals(listing(control, ".git/", "lib/.git"), listing(host.project, ".git/", "lib/.git"),
                "the project holds what git made, as bare, and nothing else");
    }

    @Test
    void claudesOwnCommandsWorkAndWhatWouldRunCodeIsQuarantinedAfter() throws Exception {
        assertEquals(0, host.unsandboxed("command -v claude").exitCode(), "claude must be installed");
        Path control = Files.createDirectories(host.root.resolve("control"));
        Path controlHome = Files.createDirectories(host.root.resolve("control-home"));
        host.asUnprivilegedUser();
        String script = """
                ls -A; echo ---
                git init -q
                claude mcp add -s local local-server -- echo local >/dev/null
                claude mcp add -s project project-server -- echo project >/dev/null
                claude mcp list 2>&1 | grep -o '^[a-z-]*-server' | sort
                mkdir -p .claude/commands && echo 'Review.' > .claude/commands/review.md
                mkdir -p .vscode && echo '{"terminal.integrated.shell.linux":"/tmp/x"}' > .vscode/settings.json
                echo done""";
        host.environment.put("DISABLE_AUTOUPDATER", "1");
        host.environment.put("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        Host.Result inside = host.cco("shell", script);
        assertEquals("---\nlocal-server\nproject-server\ndone\n", inside.out(), "an empty project during the session, and Claude's commands work: "
                + inside);
        for (String quarantined : List.of(".mcp.json", ".vscode")) {
            assertFalse(Files.exists(host.project.resolve(quarantined)), quarantined + ": " + inside);
            assertTrue(inside.err().contains(host.project.resolve(quarantined) + " (created in the session) moved to"), inside.toString());
        }
        assertTrue(inside.err().contains("mcpServers"), "the local-scope server is refused and named: " + inside);
        assertTrue(Files.exists(host.project.resolve(".claude/commands/review.md")), "the rest stays");
        assertEquals("?? .claude/\n", host.unsandboxed("git status --porcelain --ignored").out(), "only what the test made");

        Host.Result bare = host.run(control, null, "sh", "-c", "HOME=" + controlHome + "; " + script);
        assertTrue(bare.out().endsWith("---\nlocal-server\nproject-server\ndone\n"), "positive control, bare: " + bare);
        assertTrue(Files.exists(control.resolve(".mcp.json")) && Files.exists(control.resolve(".vscode/settings.json")), "bare, they stay");
    }

    @Test
    void sessionsThatDoNotRunClaudeLeaveItsConfigurationAlone() throws Exception {
        Path claudeJson = host.write(host.home.resolve(".claude.json"), "{\"numStartups\":3}");
        host.asUnprivilegedUser();
        long modified = Files.getLastModifiedTime(claudeJson).toMillis();
        assertEquals(0, host.sandboxed("cat ~/.claude.json 2>/dev/null; true").exitCode());
        assertEquals(0, host.cco("codex", "--version").exitCode());
        assertEquals("{\"numStartups\":3}", Files.readString(claudeJson));
        assertEquals(modified, Files.getLastModifiedTime(claudeJson).toMillis());
        Files.delete(claudeJson);
        assertEquals(0, host.sandboxed("true").exitCode());
        assertFalse(Files.exists(claudeJson), "not created either");
        assertFalse(Files.exists(host.home.resolve(".claude")), "nor Claude's home");
    }
}
