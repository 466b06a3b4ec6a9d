package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Claude Code and Codex CLIs (from npm) inside cco. Claude is driven by a scripted
 * model on loopback: its Bash tool writes in the project and tries to escape, and the host is
 * checked afterwards. Claude Code refuses full autonomy as root, so under root the test runs it
 * as an unprivileged user.
 */
class AgentsEndToEndTest extends OnHost {
    private static final String ATTEMPTS = String.join("; ",
            "echo done > written-by-claude.txt && echo WROTE-PROJECT",
            "(echo 'touch ~/.canary-bashrc' >> ~/.bashrc) 2>/dev/null && echo WROTE-BASHRC",
            "(echo x > /etc/cco-e2e-canary) 2>/dev/null && echo WROTE-ETC",
            "(printf '#!/bin/sh\\ntouch ~/.canary-hook\\n' > .git/hooks/pre-commit) 2>/dev/null && echo WROTE-HOOK",
            "tmux -L cco-e2e ls >/dev/null 2>&1 && echo REACHED-TMUX",
            "python3 -c \"import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])\" \"$HOST_BUS\" 2>/dev/null && echo REACHED-DBUS",
            "echo ATTEMPTS-END");
    @BeforeEach
    void repository() throws Exception {
        assertEquals(0, host.unsandboxed("git init -q").exitCode());
        Files.writeString(host.home.resolve(".bashrc"), "# host bashrc\n");
    }


    @Test
    void claudeWorksInTheProjectAndItsEscapesFail() throws Exception {
        requireOnPath("claude");
        Path runtime = Files.createDirectories(host.root.resolve("runtime"));
        Path bus = runtime.resolve("bus");
        host.asUnprivilegedUser();
        assertEquals(0, host.unsandboxed("tmux -L cco-e2e new-session -d -s host 'sleep 120'").exitCode(), "tmux is needed");
        try (ServerSocketChannel dbus = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
             ScriptedModelServer model = new ScriptedModelServer(ATTEMPTS)) {
            dbus.bind(UnixDomainSocketAddress.of(bus));
            Files.setPosixFilePermissions(bus, PosixFilePermissions.fromString("rwxrwxrwx"));
            try (SocketChannel control = SocketChannel.open(UnixDomainSocketAddress.of(bus))) {
                assertTrue(control.isConnected(), "positive control: the host reaches its session bus");
            }
            host.environment.put("XDG_RUNTIME_DIR", runtime.toString());
            host.environment.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + bus);
            model.pointClaudeAt(host.environment);

            Host.Result result = host.cco("-e", "HOST_BUS=" + bus, "-p", "Run the checks.");

            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(result.out().contains(ScriptedModelServer.FINAL_TEXT), "Claude kept working after the denials: " + result);
            String toolResult = model.toolResult();
            assertTrue(toolResult.contains("WROTE-PROJECT") && toolResult.contains("ATTEMPTS-END"), toolResult);
            for (String escape : new String[] {"WROTE-BASHRC", "WROTE-ETC", "WROTE-HOOK", "REACHED-TMUX", "REACHED-DBUS"}) {
                assertFalse(toolResult.contains(escape), escape + " in " + toolResult);
            }
            assertEquals("done\n", Files.readString(host.project.resolve("written-by-claude.txt")));
            assertEquals("# host bashrc\n", Files.readString(host.home.resolve(".bashrc")));
            assertFalse(Files.exists(Path.of("/etc/cco-e2e-canary")));
            assertFalse(Files.exists(host.project.resolve(".git/hooks/pre-commit")));
        } finally {
            host.unsandboxed("tmux -L cco-e2e kill-server");
        }
    }

    @Test
    void claudeInAutoModeAsksWhenItMattersAndFinishesAToolCall() throws Exception {
        requireOnPath("claude");
        host.asUnprivilegedUser();
        try (ScriptedModelServer model = new ScriptedModelServer("pwd && echo AUTO-MODE-RAN")) {
            model.pointClaudeAt(host.environment);
            Host.Result dryRun = host.cco("--dry-run", "auto", "-p", "Run the check.");
            assertTrue(dryRun.out().contains("agent:       claude --permission-mode auto -p 'Run the check.'"), dryRun.toString());

            Host.Result result = host.cco("auto", "-p", "Run the check.");

            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(result.out().contains(ScriptedModelServer.FINAL_TEXT), result.toString());
            assertTrue(model.toolResult().contains("AUTO-MODE-RAN"), model.toolResult());
        }
    }

    @Test
    void codexStartsWithItsBypassFlag() throws Exception {
        requireOnPath("codex");
        Host.Result result = host.cco("codex", "--version");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("codex-cli "), result.toString());
        Host.Result dryRun = host.cco("--dry-run", "codex", "--version");
        assertTrue(dryRun.out().contains("agent:       codex --dangerously-bypass-approvals-and-sandbox --version"), dryRun.toString());
    }

    private void requireOnPath(String program) throws Exception {
        Host.Result which = host.unsandboxed("command -v " + program);
        assertEquals(0, which.exitCode(), program + " must be installed (npm install -g @anthropic-ai/claude-code @openai/codex)");
    }
}
