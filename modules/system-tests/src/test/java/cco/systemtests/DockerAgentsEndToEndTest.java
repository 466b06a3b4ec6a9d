package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Claude Code and Codex CLIs of cco's image, in a container: Claude, driven by the
 * scripted model server on the host's loopback (host networking), runs a tool call whose effects
 * land in the project and nowhere else on the host.
 */
class DockerAgentsEndToEndTest extends OnHost {
    private static final String ATTEMPTS = String.join("; ",
            "echo done > written-by-claude.txt && echo WROTE-PROJECT",
            "echo 'touch ~/.canary-bashrc' >> ~/.bashrc",
            "(echo x > /etc/cco-e2e-canary) 2>/dev/null && echo WROTE-ETC",
            "(printf '#!/bin/sh\\ntouch ~/.canary-hook\\n' > .git/hooks/pre-commit) 2>/dev/null && echo WROTE-HOOK",
            "id -u",
            "echo ATTEMPTS-END");

    @BeforeEach
    void dockerUser() throws Exception {
        DockerDaemon.prepare(host);
        assertEquals(0, host.unsandboxed("git init -q").exitCode());
        Files.writeString(host.home.resolve(".bashrc"), "# host bashrc\n");
        host.asDockerUser();
    }

    @Test
    void claudeInTheContainerWorksInTheProjectOnly() throws Exception {
        try (ScriptedModelServer model = new ScriptedModelServer(ATTEMPTS)) {
            model.pointClaudeAt(host.environment);

            Host.Result result = host.cco("--backend", "docker", "-p", "Run the checks.");

            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(result.out().contains(ScriptedModelServer.FINAL_TEXT), "Claude finished: " + result);
            String toolResult = model.toolResult();
            assertTrue(toolResult.contains("WROTE-PROJECT") && toolResult.contains("ATTEMPTS-END"), toolResult);
            assertFalse(toolResult.contains("WROTE-ETC") || toolResult.contains("WROTE-HOOK"), toolResult);
            assertEquals("done\n", Files.readString(host.project.resolve("written-by-claude.txt")));
            assertEquals("# host bashrc\n", Files.readString(host.home.resolve(".bashrc")), "the container's home is its own");
            assertFalse(Files.exists(Path.of("/etc/cco-e2e-canary")));
            assertFalse(Files.exists(host.project.resolve(".git/hooks/pre-commit")));
        }
    }

    @Test
    void codexRunsFromTheImage() throws Exception {
        Host.Result result = host.cco("--backend", "docker", "codex", "--version");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("codex-cli "), result.toString());
    }
}
