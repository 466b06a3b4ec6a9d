package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cco.domain.agent.AgentProfile;
import cco.domain.agent.AutonomyMode;
import cco.domain.agent.KnownAgents;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentCommandLineTest {
    private static final Agent CLAUDE = full(KnownAgents.CLAUDE);
    private static final Agent CODEX = full(KnownAgents.CODEX);

    private static Agent full(AgentProfile profile) {
        return new Agent.Known(profile, AutonomyMode.FULL);
    }

    private static Agent auto(AgentProfile profile) {
        return new Agent.Known(profile, AutonomyMode.ASK_WHEN_IT_MATTERS);
    }

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
        assertEquals(List.of("claude", "--permission-mode", "plan"), AgentCommandLine.argv(auto(KnownAgents.CLAUDE), List.of("--permission-mode", "plan")));
    }

    @Test
    void aModeAfterTheAgentsDoubleDashIsAPromptNotAnOption() {
        assertEquals(List.of("claude", "--dangerously-skip-permissions", "--", "--permission-mode"),
                AgentCommandLine.argv(CLAUDE, List.of("--", "--permission-mode")));
    }

    @Test
    void codexGetsItsBypassFlagUnlessAnApprovalModeIsGivenAndNeverItsOwnSandbox() {
        assertEquals(List.of("codex", "--dangerously-bypass-approvals-and-sandbox", "exec", "hi"), AgentCommandLine.argv(CODEX, List.of("exec", "hi")));
        assertEquals(List.of("codex", "--sandbox", "danger-full-access", "-a", "on-request"), AgentCommandLine.argv(CODEX, List.of("-a", "on-request")));
        assertEquals(List.of("codex", "--sandbox", "danger-full-access", "--ask-for-approval=never"),
                AgentCommandLine.argv(CODEX, List.of("--ask-for-approval=never")));
        assertEquals(List.of("codex", "-a", "never", "-s", "read-only"), AgentCommandLine.argv(CODEX, List.of("-a", "never", "-s", "read-only")),
                "the user's own sandbox choice is kept");
    }

    @Test
    void eachAgentInAutoModeAsksWhenItMatters() {
        assertEquals(List.of("claude", "--permission-mode", "auto", "-p", "x"), AgentCommandLine.argv(auto(KnownAgents.CLAUDE), List.of("-p", "x")));
        assertEquals(List.of("codex", "--ask-for-approval", "on-request", "--sandbox", "danger-full-access"),
                AgentCommandLine.argv(auto(KnownAgents.CODEX), List.of()));
        assertEquals(List.of("gemini", "--approval-mode", "auto_edit"), AgentCommandLine.argv(auto(KnownAgents.GEMINI), List.of()));
        for (AgentProfile unchanged : List.of(KnownAgents.OPENCODE, KnownAgents.DROID, KnownAgents.PI, KnownAgents.OMP)) {
            assertEquals(List.of(unchanged.program(), "hi"), AgentCommandLine.argv(auto(unchanged), List.of("hi")), unchanged.name());
        }
    }

    @Test
    void geminiGetsYoloUnlessTheUserChoseAnApprovalMode() {
        Agent gemini = full(KnownAgents.GEMINI);
        assertEquals(List.of("gemini", "--yolo", "-p", "hi"), AgentCommandLine.argv(gemini, List.of("-p", "hi")));
        assertEquals(List.of("gemini", "--approval-mode", "plan"), AgentCommandLine.argv(gemini, List.of("--approval-mode", "plan")));
        assertEquals(List.of("gemini", "--approval-mode=default"), AgentCommandLine.argv(gemini, List.of("--approval-mode=default")));
        assertEquals(List.of("gemini", "-y"), AgentCommandLine.argv(gemini, List.of("-y")));
    }

    @Test
    void openCodeAutoApprovesUnlessAskedAlreadyAndTheOthersRunAsTheyAre() {
        assertEquals(List.of("opencode", "--auto", "run", "hi"), AgentCommandLine.argv(full(KnownAgents.OPENCODE), List.of("run", "hi")));
        assertEquals(List.of("opencode", "run", "--auto", "hi"), AgentCommandLine.argv(full(KnownAgents.OPENCODE), List.of("run", "--auto", "hi")));
        for (AgentProfile plain : List.of(KnownAgents.DROID, KnownAgents.PI, KnownAgents.OMP)) {
            assertEquals(List.of(plain.program(), "--version"), AgentCommandLine.argv(full(plain), List.of("--version")), plain.name());
        }
    }

    @Test
    void claudeThroughAnotherCommandKeepsItsArgumentPolicy() {
        Agent routed = new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL, List.of("ccr", "code"));
        assertEquals(List.of("ccr", "code", "--dangerously-skip-permissions", "-p", "hi"), AgentCommandLine.argv(routed, List.of("-p", "hi")));
        assertEquals(List.of("ccr", "code", "--permission-mode", "plan"), AgentCommandLine.argv(routed, List.of("--permission-mode", "plan")));
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
