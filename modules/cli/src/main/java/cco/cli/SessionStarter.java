package cco.cli;

import cco.adapter.terminal.NativeTerminal;
import cco.domain.backend.BackendChoice;
import cco.domain.backend.BackendSelection;
import cco.domain.backend.Rejection;
import cco.domain.config.EffectiveSettings;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.HandOver;
import cco.domain.launch.Launch;
import cco.domain.lifecycle.SessionStart;
import cco.domain.policy.SessionLocations;
import cco.domain.port.SandboxBackend;
import cco.domain.port.PseudoTerminal;
import cco.domain.port.UserTerminal;
import cco.domain.session.SessionPlan;
import cco.domain.session.SessionRequest;
import cco.domain.terminal.TerminalRelay;
import cco.domain.launch.AttachedSession;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plans a session and reports it (--dry-run), hands it over to the launcher or runs it attached, as the chosen backend launches it. */
final class SessionStarter {
    private final CompositionRoot root;

    SessionStarter(CompositionRoot root) {
        this.root = root;
    }

    /** What the command line asks of the session beside the request: --dry-run, --pty, --debug, and whether it chose the backend. */
    record Mode(boolean dryRun, boolean privateTerminal, boolean debug, boolean backendOnCommandLine) {
    }

    int start(SessionRequest request, List<EffectiveSettings.Origin> settings, Mode mode) {
        boolean dryRun = mode.dryRun();
        boolean privateTerminal = mode.privateTerminal();
        if (!dryRun && expectsDocker(request.backend())) {
            root.dockerEngine().contactEarly(request.dockerOptions());
        }
        SessionLocations locations = root.sessionLocations();
        SessionPlan plan = root.sessionPlanner().plan(request, locations);
        plan.warnings().forEach(warning -> root.host().err().println("cco: warning: " + DisplayText.of(warning)));
        if (dryRun) {
            Optional<Launch> launch = selectedBackend(plan).map(backend -> backend.launch(plan, locations, List.of()));
            DryRunReport.print(plan, launch, privateTerminal, settings, root.host().out());
            return plan.backend() instanceof BackendSelection.NoneUsable ? ExitCodes.SANDBOX_UNAVAILABLE : ExitCodes.OK;
        }
        BackendSelection.Selected selected = switch (plan.backend()) {
            case BackendSelection.NoneUsable none -> throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE,
                    "no sandbox backend is usable (--backend " + none.choice().cliName() + "): " + describe(none));
            case BackendSelection.Selected chosen -> chosen;
        };
        root.autoBackendHint().remember(mode.backendOnCommandLine(), selected.kind());
        if (selected.fellBack()) {
            root.host().err().println("cco: " + describe(selected) + "; using " + selected.kind().displayName());
        }
        SandboxBackend backend = root.sandboxBackend(selected.kind()).orElseThrow(() -> new CcoException(FailureKind.NOT_BUILT,
                "the " + selected.kind().displayName() + " backend is not built in this version yet (cco --dry-run shows the policy it will apply)"));
        if (plan.agentMissing()) {
            throw new CcoException(FailureKind.AGENT_NOT_FOUND, notFound(plan.agentArgv().getFirst()));
        }
        root.credentialBackups(Clock.systemUTC()).prepare();
        SessionStart sessionStart = root.sessionStart();
        SessionStart.Prepared session = sessionStart.prepare(plan, locations, backend, launcher());
        if (mode.debug()) {
            DryRunReport.debug(plan, session.launch(), privateTerminal, settings, root.host().err());
        }
        return switch (session) {
            case SessionStart.Prepared prepared when prepared.launch() instanceof Launch.Attached attached ->
                    sessionStart.runAttached(prepared, attached, userTerminal(), standardStreams());
            case SessionStart.Prepared prepared -> handOver(prepared, (Launch.HandedOver) prepared.launch(), privateTerminal);
        };
    }

    /** The user's terminal when cco runs on one: an attached session relays it. */
    private Optional<UserTerminal> userTerminal() {
        if (!NativeTerminal.standardStreamsAreATerminal()) {
            return Optional.empty();
        }
        return root.nativeTerminal().map(NativeTerminal::user).filter(UserTerminal::interactive);
    }

    /** Docker asked for, or chosen by auto here last time: its contact can start while cco plans. */
    private boolean expectsDocker(BackendChoice choice) {
        return choice == BackendChoice.DOCKER || choice == BackendChoice.AUTO && root.autoBackendHint().choseDocker();
    }

    private int handOver(SessionStart.Prepared prepared, Launch.HandedOver launch, boolean privateTerminal) {
        Path channel = root.host().handOverChannel().orElseThrow(() -> new CcoException(FailureKind.SANDBOX_UNAVAILABLE,
                "this cco was started without its launcher, which runs the sandbox: run the installed 'cco' command"));
        Optional<NativeTerminal> terminal = privateTerminal ? root.nativeTerminal() : Optional.empty();
        if (terminal.isPresent() && terminal.get().user().interactive()) {
            return relayed(launch.handOver(), prepared.directory(), channel, terminal.get());
        }
        HandOverWriter.write(launch.handOver(), prepared.directory(), channel, Optional.empty());
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

    /** The JVM's own descriptors 0, 1 and 2, unbuffered; what cco printed before is flushed first. */
    private AttachedSession.StandardStreams standardStreams() {
        root.host().out().flush();
        root.host().err().flush();
        return new AttachedSession.StandardStreams(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
    }

    private Optional<SandboxBackend> selectedBackend(SessionPlan plan) {
        return plan.backend() instanceof BackendSelection.Selected selected ? root.sandboxBackend(selected.kind()) : Optional.empty();
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
