package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, end to end: the real Claude Code CLI, interactive in a real terminal (tmux), against
 * the scripted model. Its first run in a project asks to trust the folder, to use the API key and
 * to accept bypass mode; it can save those answers inside the sandbox as it does bare, runs a tool
 * call for the prompt, and the next cco session in the project asks none of them again (cco keeps
 * the answers for its own sessions; the host's file never gets the trust keys). The host's
 * ~/.claude.json says onboarding was done: a first onboarding checks the connection to Anthropic's
 * servers, which these machines cannot reach, bare as in cco.
 */
class InteractiveClaudeTest extends OnHost {
    private static final String TRUST = "Yes, I trust this folder";
    private static final String API_KEY = "Do you want to use this API key?";
    private static final String BYPASS = "Yes, I accept";
    private static final String READY = "bypass permissions on";

    @Test
    void theFirstRunsAnswersAreKeptForTheNextSession() throws Exception {
        assertEquals(0, host.unsandboxed("command -v claude").exitCode(), "claude must be installed");
        Path claudeJson = host.write(host.home.resolve(".claude.json"), "{\"hasCompletedOnboarding\":true}");
        host.asUnprivilegedUser();
        try (ScriptedModelServer model = new ScriptedModelServer("echo done > written-by-claude.txt && echo TOOL-RAN")) {
            model.pointClaudeAt(host.environment);
            String cco = TestBundle.launcher() + "; echo \"status=$?\" > ";
            try (TmuxTerminal terminal = new TmuxTerminal(host, 120, 40)) {
                terminal.type(cco + "first-status");
                answer(terminal, TRUST, "1");
                answer(terminal, API_KEY, "1");
                answer(terminal, BYPASS, "2");
                terminal.awaitScreen(READY);
                Thread.sleep(1000);
                terminal.type("Run the checks.");
                terminal.awaitScreen(ScriptedModelServer.FINAL_TEXT);
                assertTrue(model.toolResult().contains("TOOL-RAN"), model.toolResult());
                quit(terminal, "first-status");
                terminal.clear();

                terminal.type(cco + "second-status");
                terminal.awaitScreen(READY);
                String screen = terminal.screen();
                assertFalse(screen.contains(TRUST) || screen.contains(API_KEY) || screen.contains(BYPASS), "asked again:\n" + screen);
                quit(terminal, "second-status");
            }
        }
        assertEquals("done\n", Files.readString(host.project.resolve("written-by-claude.txt")));
        String after = Files.readString(claudeJson);
        assertTrue(after.contains("numStartups"), "positive control: Claude's harmless state came back: " + after);
        assertFalse(after.contains("hasTrustDialogAccepted\" : true") || after.contains("approved"), "trust stays out of the host's file: " + after);
    }

    /** As a person does: waits for the question, reads it a moment, then answers. */
    private static void answer(TmuxTerminal terminal, String question, String key) throws Exception {
        terminal.awaitScreen(question);
        Thread.sleep(1000);
        terminal.press(key);
    }

    private void quit(TmuxTerminal terminal, String statusFile) throws Exception {
        terminal.press("C-c");
        Thread.sleep(500);
        terminal.press("C-c");
        assertEquals("status=0\n", terminal.await(host.project.resolve(statusFile)));
    }
}
