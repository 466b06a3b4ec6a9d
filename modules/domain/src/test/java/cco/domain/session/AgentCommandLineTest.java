package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentCommandLineTest {
    private static final Agent CLAUDE = new Agent.ClaudeCode();
    private static final Agent CODEX = new Agent.Codex();

    @Test
    void claudeGetsFullAutonomyAndTheArgumentsInOrder() {
        assertEquals(List.of("claude", "--dangerously-skip-permissions", "--resume", "--model", "opus", "-p", "fix ./src/a.py"),
                AgentCommandLine.argv(CLAUDE, List.of("--resume", "--model", "opus", "-p", "fix ./src/a.py")));
    }

    @Test
    void aPermissionModeChosenByTheUserIsKept() {
        assertEquals(List.of("claude", "--permission-mode", "plan"), AgentCommandLine.argv(CLAUDE, List.of("--permission-mode", "plan")));
        assertEquals(List.of("claude", "--permission-mode=acceptEdits"), AgentCommandLine.argv(CLAUDE, List.of("--permission-mode=acceptEdits")));
        assertEquals(List.of("claude", "--dangerously-skip-permissions"), AgentCommandLine.argv(CLAUDE, List.of("--dangerously-skip-permissions")));
    }

    @Test
    void aModeAfterTheAgentsDoubleDashIsAPromptNotAnOption() {
        assertEquals(List.of("claude", "--dangerously-skip-permissions", "--", "--permission-mode"),
                AgentCommandLine.argv(CLAUDE, List.of("--", "--permission-mode")));
    }

    @Test
    void codexGetsItsBypassFlagUnlessAnApprovalModeIsGiven() {
        assertEquals(List.of("codex", "--dangerously-bypass-approvals-and-sandbox", "exec", "hi"), AgentCommandLine.argv(CODEX, List.of("exec", "hi")));
        assertEquals(List.of("codex", "-a", "on-request"), AgentCommandLine.argv(CODEX, List.of("-a", "on-request")));
        assertEquals(List.of("codex", "--full-auto"), AgentCommandLine.argv(CODEX, List.of("--full-auto")));
        assertEquals(List.of("codex", "--ask-for-approval=never"), AgentCommandLine.argv(CODEX, List.of("--ask-for-approval=never")));
    }

    @Test
    void aCommandRunsExactlyAsGiven() {
        assertEquals(List.of("python3", "-", "--dangerously-skip-permissions"),
                AgentCommandLine.argv(new Agent.Command("python3"), List.of("-", "--dangerously-skip-permissions")));
    }

    @Test
    void aShellIsInteractiveWithoutArgumentsAndRunsTheCommandOtherwise() {
        assertEquals(List.of("bash"), AgentCommandLine.argv(new Agent.Shell(), List.of()));
        assertEquals(List.of("bash", "-c", "ls -la"), AgentCommandLine.argv(new Agent.Shell(), List.of("ls", "-la")));
        assertEquals(List.of("bash", "-c", "make test && echo ok"), AgentCommandLine.argv(new Agent.Shell(), List.of("make test && echo ok")));
    }
}
