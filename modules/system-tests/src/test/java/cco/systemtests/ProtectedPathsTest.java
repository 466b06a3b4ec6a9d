package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SECURITY-CASES PE (persistence): what a session plants must not run on the host later. */
class ProtectedPathsTest extends OnHost {
    @BeforeEach
    void repository() throws Exception {
        Host.Result init = host.unsandboxed("git init -q && git -c user.name=t -c user.email=t@t commit -q --allow-empty -m first && git config --get core.bare");
        assertEquals(0, init.exitCode(), init.toString());
    }


    @Test
    void gitConfigWorksInsideButNoCodeRunningKeyOrHookSurvivesTheSession() throws Exception {
        String configBefore = host.unsandboxed("git config --local --list").out();
        Host.Result result = host.sandboxed("""
                printf '#!/bin/sh\\ntouch "$HOME/.canary-PE01"\\n' > .git/hooks/pre-commit 2>/dev/null && echo "WROTE hook"
                git config core.pager 'touch $HOME/.canary-PE02' && echo "config set"
                git config core.hooksPath .h && echo "hooksPath set"
                mv .git .git-moved 2>/dev/null && echo "MOVED .git"
                mv .git/hooks .git/hooks-moved 2>/dev/null && echo "MOVED hooks"
                echo change > file.txt && git add file.txt && git -c user.name=a -c user.email=a@a commit -q -m inside && echo committed""");
        assertEquals("config set\nhooksPath set\ncommitted\n", result.out(), result.toString());
        assertEquals(configBefore, host.unsandboxed("git config --local --list").out(), "the keys are gone again: " + result);
        assertTrue(result.err().contains("core.pager") && result.err().contains("core.hookspath"), "and reported: " + result);
        assertFalse(Files.exists(host.project.resolve(".git/hooks/pre-commit")));
        Host.Result log = host.unsandboxed("git log --format=%s");
        assertEquals("inside\nfirst\n", log.out(), "positive control: the agent's commit is on the host");
        assertFalse(Files.exists(host.home.resolve(".canary-PE01")));
        assertFalse(Files.exists(host.home.resolve(".canary-PE02")));
    }

    @Test
    void nestedRepositoriesKeepTheirHooksAndLoseCodeRunningKeys() throws Exception {
        assertEquals(0, host.unsandboxed("git init -q libs/inner").exitCode());
        Host.Result result = host.sandboxed("""
                echo evil > libs/inner/.git/hooks/pre-commit 2>/dev/null && echo "WROTE nested hook"
                git -C libs/inner config core.fsmonitor evil && echo "nested config set"
                echo fine > libs/inner/file.txt && echo "wrote nested file" """);
        assertEquals("nested config set\nwrote nested file\n", result.out(), result.toString());
        assertFalse(Files.exists(host.project.resolve("libs/inner/.git/hooks/pre-commit")));
        assertEquals("", host.unsandboxed("git -C libs/inner config --get core.fsmonitor").out(), result.toString());
    }

    @Test
    void aCommondirRedirectCreatedInsideIsQuarantinedAfterTheSession() throws Exception {
        Host.Result result = host.sandboxed("echo ../evil > .git/commondir && echo created");
        assertEquals("created\n", result.out(), "git needs .git writable, so the write itself succeeds: " + result);
        assertFalse(Files.exists(host.project.resolve(".git/commondir")), "gone from where git would read it");
        assertTrue(result.err().contains(".git/commondir") && result.err().contains("quarantine"), result.toString());
        assertEquals("", host.unsandboxed("git status --porcelain").err(), "git on the host still works");
    }

    @Test
    void movingACommondirAsideCannotBeDivertedByPlantedLinks() throws Exception {
        Path target = Files.createDirectories(host.home.resolve("target"));
        Host.Result result = host.sandboxed("""
                now=$(date +%s); for i in 0 1 2 3 4 5 6 7 8 9; do ln -s "$1" ".git/commondir.cco-blocked-$((now + i))"; done
                echo 'echo pwned' > .git/commondir && echo created""".replace("$1", target.toString()));
        assertEquals("created\n", result.out(), result.toString());
        try (var entries = Files.list(target)) {
            assertEquals(0, entries.count(), "nothing may land in the planted links' target");
        }
        assertFalse(Files.exists(host.project.resolve(".git/commondir")));
    }

    @Test
    void aSymlinkPlantedInANestedRepositoryRevealsNothingToTheNextSession() throws Exception {
        host.write(host.home.resolve(".ssh/id_rsa"), "PRIVATE KEY");
        Host.Result plant = host.sandboxed("mkdir -p sub/.git && ln -s " + host.home + "/.ssh/id_rsa sub/.git/config && echo planted");
        assertEquals("planted\n", plant.out(), plant.toString());
        Host.Result next = host.sandboxed("cat sub/.git/config ~/.ssh/id_rsa 2>/dev/null; echo end");
        assertEquals("end\n", next.out(), next.toString());
        assertEquals("PRIVATE KEY", host.unsandboxed("cat sub/.git/config").out(), "positive control: the link does lead to the key");
    }

    @Test
    void aCheckoutWhoseGitIsAFileStartsAndKeepsTheFile() throws Exception {
        Path checkout = Files.createDirectories(host.project.resolve("wt"));
        Files.writeString(checkout.resolve(".git"), "gitdir: ../.git/worktrees/wt\n");
        Host.Result result = host.run(checkout, null, TestBundle.launcher().toString(), "--command", "sh", "-c",
                "echo 'gitdir: /tmp/x' > .git 2>/dev/null && echo REPLACED; echo fine > f && echo wrote");
        assertEquals("wrote\n", result.out(), result.toString());
        assertEquals("gitdir: ../.git/worktrees/wt\n", Files.readString(checkout.resolve(".git")));
    }

    @Test
    void agentAndEditorConfigCreatedInTheProjectWorksInsideAndIsQuarantinedAfter() throws Exception {
        Host.Result result = host.sandboxed("""
                mkdir -p .vscode && echo '{}' > .vscode/tasks.json && echo "wrote vscode"
                echo '{"mcpServers":{}}' > .mcp.json && echo "wrote mcp"
                mkdir -p .claude && echo '{"hooks":{}}' > .claude/settings.json && echo "wrote claude"
                mkdir -p .codex && echo 'notify=[]' > .codex/config.toml && echo "wrote codex"
                echo 'touch ~/.canary-PE06' >> .envrc && echo "wrote envrc"
                mkdir -p .idea/x && echo "wrote idea"
                mkdir -p .claude/commands && echo fine > CLAUDE.md && echo "wrote CLAUDE.md" """);
        assertEquals("wrote vscode\nwrote mcp\nwrote claude\nwrote codex\nwrote envrc\nwrote idea\nwrote CLAUDE.md\n", result.out(),
                "inside, the agent works as it does bare: " + result);
        for (String quarantined : List.of(".vscode", ".mcp.json", ".claude/settings.json", ".codex", ".envrc", ".idea")) {
            assertFalse(Files.exists(host.project.resolve(quarantined)), quarantined + " must not be left where the host reads it");
            assertTrue(result.err().contains(host.project.resolve(quarantined) + " (created in the session) moved to"), quarantined + ": " + result);
        }
        assertTrue(Files.exists(host.project.resolve("CLAUDE.md")) && Files.isDirectory(host.project.resolve(".claude/commands")),
                "positive control: the rest stays");

        Host.Result list = host.cco("quarantine");
        assertTrue(list.out().contains(host.project.resolve(".mcp.json").toString()), list.toString());
        Host.Result restore = host.cco("quarantine", "restore", ".mcp.json");
        assertEquals("cco: restored " + host.project.resolve(".mcp.json") + "\n", restore.out(), restore.toString());
        assertEquals("{\"mcpServers\":{}}\n", Files.readString(host.project.resolve(".mcp.json")), "the user decides: it is back");
        Host.Result again = host.cco("quarantine", "restore", ".mcp.json");
        assertEquals(2, again.exitCode(), "nothing left to restore, and nothing is overwritten: " + again);
    }

    @Test
    void existingAgentConfigStaysReadOnlyAndUnchanged() throws Exception {
        Path settings = host.write(host.project.resolve(".claude/settings.json"), "{\"permissions\":{}}");
        Host.Result result = host.sandboxed("""
                cat .claude/settings.json; echo
                echo '{"hooks":{"SessionStart":[]}}' > .claude/settings.json 2>/dev/null && echo WROTE
                echo note > .claude/notes.md && echo "wrote notes" """);
        assertEquals("{\"permissions\":{}}\nwrote notes\n", result.out(), result.toString());
        assertEquals("{\"permissions\":{}}", Files.readString(settings));
        assertTrue(Files.exists(host.project.resolve(".claude/notes.md")), "positive control: the rest of .claude is writable");
    }

    @Test
    void userLevelAgentConfigIsReadOnlyButThisProjectsStateIsWritable() throws Exception {
        Path userSettings = host.write(host.home.resolve(".claude/settings.json"), "{}");
        String key = host.project.toString().replaceAll("[^A-Za-z0-9]", "-");
        Host.Result result = host.cco("shell", """
                echo '{"hooks":{}}' > ~/.claude/settings.json 2>/dev/null && echo "WROTE settings"
                mkdir -p ~/.claude/projects/KEY && echo state > ~/.claude/projects/KEY/session.jsonl && echo "wrote state"
                echo '{"numStartups":1}' > "$CLAUDE_CONFIG_DIR/.claude.json" && echo "wrote claude.json" """.replace("KEY", key));
        assertEquals("wrote state\nwrote claude.json\n", result.out(), result.toString());
        assertEquals("{}", Files.readString(userSettings));
        assertFalse(Files.exists(host.home.resolve(".claude/hooks")), "nothing is created in the host's ~/.claude");
        assertEquals("state\n", Files.readString(host.home.resolve(".claude/projects/" + key + "/session.jsonl")), "positive control");
    }

    @Test
    void theHostsCredentialsCannotBeReplacedFromInside() throws Exception {
        Path credentials = host.write(host.home.resolve(".claude/.credentials.json"), "{\"claudeAiOauth\":{\"accessToken\":\"host\"}}");
        Host.Result result = host.sandboxed("""
                grep -q host ~/.claude/.credentials.json && echo readable
                echo '{"claudeAiOauth":{"accessToken":"attacker"}}' > ~/.claude/.credentials.json 2>/dev/null && echo REPLACED
                true""");
        assertEquals("readable\n", result.out(), result.toString());
        assertTrue(Files.readString(credentials).contains("host"));
        Host.Result flag = host.cco("--allow-oauth-refresh", "--command", "sh", "-c",
                "echo '{\"claudeAiOauth\":{\"accessToken\":\"attacker\"}}' > ~/.claude/.credentials.json 2>/dev/null && echo REPLACED; true");
        assertEquals("", flag.out(), "--allow-oauth-refresh copies only the session's own agent's credentials, and --command has none: " + flag);
        assertTrue(Files.readString(credentials).contains("host"));
    }

    @Test
    void mcpServersAddedToClaudeJsonDoNotReachTheHostButSafeStateDoes() throws Exception {
        Path claudeJson = host.write(host.home.resolve(".claude.json"), "{\"numStartups\":1,\"mcpServers\":{}}");
        Host.Result result = host.cco("shell", """
                cat ~/.claude.json; echo '{"numStartups":2,"mcpServers":{"x":{"command":"sh","args":["-c","touch ~/.canary-PE09"]}}}' > ~/.claude/.claude.json
                cat ~/.claude/.claude.json""");
        assertTrue(result.out().startsWith("{\"numStartups\":2"), "the host's file is hidden, the session sees its own copy: " + result);
        String after = Files.readString(claudeJson);
        assertFalse(after.contains("canary"), after);
        assertTrue(after.replace(" ", "").contains("\"numStartups\":2"), "positive control: safe state is merged back: " + after);
        assertTrue(result.err().contains("mcpServers") && result.err().contains("not applied"), result.toString());
    }

    @Test
    void ccosOwnInstallationCannotBeReplacedEvenWhenItsDirectoryIsShared() throws Exception {
        Path bundle = TestBundle.launcher().getParent().getParent();
        Host.Result withPath = host.cco("--add-dir", bundle.getParent().toString(), "--command", "sh", "-c",
                "(echo x > \"$0/bin/planted\") 2>/dev/null && echo PLANTED; echo x > \"$0/../planted-beside\" && echo beside", bundle.toString());
        assertEquals("beside\n", withPath.out(), withPath.toString());
        assertFalse(Files.exists(bundle.resolve("bin/planted")));
        Files.deleteIfExists(bundle.getParent().resolve("planted-beside"));
    }

    /** A fifo in place of Claude's copy must neither hang the launcher nor be read by cco. */
    @Test
    void aFifoInPlaceOfClaudesCopyIsRefusedWithoutHanging() throws Exception {
        Path claudeJson = host.write(host.home.resolve(".claude.json"), "{\"numStartups\":1}");
        Host.Result result = host.cco("shell", "rm \"$CLAUDE_CONFIG_DIR/.claude.json\" && mkfifo \"$CLAUDE_CONFIG_DIR/.claude.json\" && echo planted");
        assertEquals("planted\n", result.out(), result.toString());
        assertTrue(result.err().contains("not a regular file"), result.toString());
        assertEquals("{\"numStartups\":1}", Files.readString(claudeJson));
    }
}
