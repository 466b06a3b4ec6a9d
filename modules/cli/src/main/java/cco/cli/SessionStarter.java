package cco.cli;

import cco.adapter.terminal.NativeTerminal;
import cco.domain.backend.BackendSelection;
import cco.domain.backend.Rejection;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.HandOver;
import cco.domain.launch.PrivateCopy;
import cco.domain.policy.AgentHomes;
import cco.domain.policy.AgentState;
import cco.domain.policy.SessionLocations;
import cco.domain.lifecycle.SessionLifecycle;
import cco.domain.lifecycle.SessionRecord;
import cco.domain.port.NativeSandbox;
import cco.domain.port.SessionRegistry;
import cco.domain.port.PseudoTerminal;
import cco.domain.port.UserTerminal;
import cco.domain.session.SessionPlan;
import cco.domain.session.SessionRequest;
import cco.domain.terminal.TerminalRelay;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/** Plans a session and either reports it (--dry-run) or hands it over to the chosen backend. */
final class SessionStarter {
    private final CompositionRoot root;

    SessionStarter(CompositionRoot root) {
        this.root = root;
    }

    int start(SessionRequest request, boolean dryRun, boolean privateTerminal) {
        SessionLocations locations = root.sessionLocations();
        SessionPlan plan = root.sessionPlanner().plan(request, locations);
        plan.warnings().forEach(warning -> root.host().err().println("cco: warning: " + DisplayText.of(warning)));
        if (dryRun) {
            Optional<HandOver> invocation = selectedSandbox(plan).map(sandbox -> sandbox.preview(plan, locations));
            DryRunReport.print(plan, invocation, privateTerminal, root.host().out());
            return plan.backend() instanceof BackendSelection.NoneUsable ? ExitCodes.SANDBOX_UNAVAILABLE : ExitCodes.OK;
        }
        BackendSelection.Selected selected = switch (plan.backend()) {
            case BackendSelection.NoneUsable none -> throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE,
                    "no sandbox backend is usable (--backend " + none.choice().cliName() + "): " + describe(none));
            case BackendSelection.Selected chosen -> chosen;
        };
        if (selected.fellBack()) {
            root.host().err().println("cco: " + describe(selected) + "; using " + selected.kind().displayName());
        }
        NativeSandbox sandbox = root.nativeSandbox(selected.kind()).orElseThrow(() -> new CcoException(FailureKind.NOT_BUILT,
                "the " + selected.kind().displayName() + " backend is not built in this version yet (cco --dry-run shows the policy it will apply)"));
        if (request.allowOauthRefresh()) {
            throw new CcoException(FailureKind.NOT_BUILT, "--allow-oauth-refresh is not available in this version yet; "
                    + "without it the agents' credential files are read-only in the sandbox");
        }
        if (plan.agentProgram().isEmpty()) {
            throw new CcoException(FailureKind.AGENT_NOT_FOUND, notFound(plan.agentArgv().getFirst()));
        }
        Path channel = root.host().handOverChannel().orElseThrow(() -> new CcoException(FailureKind.SANDBOX_UNAVAILABLE,
                "this cco was started without its launcher, which runs the sandbox: run the installed 'cco' command"));
        Prepared prepared = prepare(request, plan, locations, sandbox);
        Optional<NativeTerminal> terminal = privateTerminal ? root.nativeTerminal() : Optional.empty();
        if (terminal.isPresent() && terminal.get().user().interactive()) {
            return relayed(prepared.handOver(), prepared.directory(), channel, terminal.get());
        }
        HandOverWriter.write(prepared.handOver(), prepared.directory(), channel, Optional.empty());
        return ExitCodes.OK;
    }

    /**
     * The launcher, which owns the session: it waits for the sandbox and finishes it. If it is no
     * longer this process's parent it was killed while cco planned, and the session must not start:
     * a record owned by whatever adopted this process would never be finished.
     */
    private long launcher() {
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        long launcher = root.host().launcherPid().orElse(parent);
        if (parent != launcher) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cco's launcher (pid " + launcher + ") is gone; not starting the session");
        }
        return launcher;
    }

    /** A prepared session: its record and its hand-over, whose aftermath includes the stand-ins it shares. */
    private record Prepared(Path directory, HandOver handOver) {
    }

    /**
     * Under the lock of all sessions: what killed sessions left is dealt with first, then this
     * session's record is written before anything is created on the host, and completed with
     * what it will leave (and the stand-ins of running sessions it relies on) before creating
     * it. A start that fails undoes what it created.
     */
    private Prepared prepare(SessionRequest request, SessionPlan plan, SessionLocations locations, NativeSandbox sandbox) {
        SessionRegistry registry = root.sessionRegistry();
        SessionLifecycle lifecycle = root.sessionLifecycle(registry);
        try (SessionRegistry.Lock lock = registry.lock()) {
            lifecycle.recoverAbandoned().forEach(line -> root.host().err().println("cco: after an earlier session that was killed: "
                    + DisplayText.of(line)));
            AtomicReference<SessionRecord> record = new AtomicReference<>(registry.open(registry.owner(launcher())));
            try {
                List<PrivateCopy> privateCopies = request.agent().state() == AgentState.CLAUDE
                        ? List.of(root.agentStateVault().isolate(record.get().directory(), AgentHomes.claudeConfigurationFile(locations),
                                locations.project(), AgentHomes.claudeHome(locations)))
                        : List.of();
                HandOver handOver = sandbox.prepare(plan, locations, privateCopies, aftermath -> {
                    record.set(record.get().with(aftermath.sharing(lifecycle.standInsInUse(record.get()))));
                    registry.save(record.get());
                });
                return new Prepared(record.get().directory(), handOver.withAftermath(record.get().aftermath()));
            } catch (RuntimeException e) {
                lifecycle.finish(record.get()).forEach(line -> root.host().err().println("cco: undoing the start: " + DisplayText.of(line)));
                throw e;
            }
        }
    }

    /**
     * The launcher starts the sandbox on a private terminal while this JVM stays to relay it:
     * the hand-over names the terminal, and closing the launcher's descriptor ends the hand-over.
     */
    private static int relayed(HandOver handOver, Path sessionDirectory, Path channel, NativeTerminal terminal) {
        UserTerminal user = terminal.user();
        try (PseudoTerminal session = terminal.pseudoTerminals().open(user.size())) {
            terminal.launcher().hangUpWhenItExits();
            HandOverWriter.write(handOver, sessionDirectory, channel, Optional.of(session.devicePath()));
            HandOverWriter.inheritedDescriptor(channel).ifPresent(terminal.launcher()::closeDescriptor);
            return new TerminalRelay(user).relay(session);
        }
    }

    private Optional<NativeSandbox> selectedSandbox(SessionPlan plan) {
        return plan.backend() instanceof BackendSelection.Selected selected ? root.nativeSandbox(selected.kind()) : Optional.empty();
    }

    private static String notFound(String program) {
        String hint = switch (program) {
            case "claude" -> " (install Claude Code: npm install -g @anthropic-ai/claude-code)";
            case "codex" -> " (install Codex: npm install -g @openai/codex)";
            default -> "";
        };
        return DisplayText.of(program) + ": not found on PATH" + hint;
    }

    private static String describe(BackendSelection selection) {
        return selection.rejected().stream().map(Rejection::describe).map(DisplayText::of).collect(Collectors.joining("; "));
    }
}
