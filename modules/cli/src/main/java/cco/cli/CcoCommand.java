package cco.cli;

import cco.domain.backend.BackendChoice;
import cco.domain.policy.PathOptions;
import cco.domain.session.Agent;
import cco.domain.session.DockerOptions;
import cco.domain.session.SessionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cco [cco options] [agent arguments...]}: runs Claude Code, or --command, in the sandbox. */
@Command(name = "cco",
        mixinStandardHelpOptions = true,
        versionProvider = CcoVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        customSynopsis = {
            "cco [OPTIONS] [CLAUDE-ARGS...]         run Claude Code in the sandbox",
            "       cco [OPTIONS] codex [CODEX-ARGS...]    run OpenAI Codex CLI in the sandbox",
            "       cco [OPTIONS] --command CMD [ARGS...]  run any program in the sandbox",
            "       cco [OPTIONS] shell [COMMAND...]       a shell, or one command, in the sandbox",
            "       cco info | cleanup | self-update | backup-creds | restore-creds [FILE]",
            "       cco completion [bash|zsh] | --help | --version",
        },
        description = {
            "",
            "Runs an AI coding agent with full autonomy inside a sandbox: the project is writable, "
                    + "the rest of the machine is not. Arguments cco does not know go to the agent unchanged "
                    + "and in order; '--' ends cco's options.",
            "",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {})
final class CcoCommand implements Callable<Integer> {
    private final SessionStarter sessionStarter;
    private final InfoReport infoReport;

    @Option(names = "--backend", paramLabel = "auto|native|docker", defaultValue = "auto", converter = BackendChoiceConverter.class,
            description = "Isolation to use; auto (default) prefers native when it works here, else Docker.")
    BackendChoice backend;

    @Option(names = "--safe", description = "Hide $HOME (native): only the project, system directories and explicit shares are visible.")
    boolean safe;

    @Option(names = "--add-dir", paramLabel = "PATH[:ro|:rw]", description = "Share another directory, read-write unless :ro (repeatable).")
    List<String> addDirs = new ArrayList<>();

    @Option(names = "--allow-readonly", paramLabel = "PATH", description = "Share a file or directory read-only (repeatable).")
    List<String> readOnlyPaths = new ArrayList<>();

    @Option(names = "--deny-path", paramLabel = "PATH", description = "Make a path unreadable, even if it does not exist yet (repeatable).")
    List<String> deniedPaths = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "KEY[=VAL]", description = "Set a variable inside the sandbox; bare KEY passes the host's value (repeatable).")
    List<String> environment = new ArrayList<>();

    @Option(names = "--packages", paramLabel = "PKG", split = ",", description = "Docker: extra Debian packages in the image.")
    List<String> packages = new ArrayList<>();

    @Option(names = "--rebuild", description = "Docker: rebuild the image (also refreshes the agents inside it).")
    boolean rebuild;

    @Option(names = "--docker", description = "Give the sandbox the host's Docker socket. This defeats the isolation.")
    boolean dockerSocket;

    @Option(names = "--allow-oauth-refresh", description = "Let a refreshed OAuth token flow back to the host's credential store.")
    boolean allowOauthRefresh;

    @Option(names = "--disable-background-tasks", description = "Turn off Claude Code background tasks.")
    boolean disableBackgroundTasks;

    @Option(names = "--dry-run", description = "Print the effective policy and the backend invocation; run nothing.")
    boolean dryRun;

    @Option(names = "--info", description = "Same as 'cco info'.")
    boolean info;

    @Option(names = "--debug", description = "Log decisions and show stack traces on stderr.")
    boolean debug;

    @Option(names = "--command", paramLabel = "CMD", arity = "1..*", parameterConsumer = CommandAndArgumentsConsumer.class,
            description = "Run CMD with the ARGS that follow instead of Claude Code; no agent flags are added.")
    List<String> commandAndArguments;

    @Parameters(paramLabel = "CLAUDE-ARGS", description = "Passed to Claude Code unchanged, in order.")
    List<String> agentArguments = new ArrayList<>();

    CcoCommand(SessionStarter sessionStarter, InfoReport infoReport) {
        this.sessionStarter = sessionStarter;
        this.infoReport = infoReport;
    }

    @Override
    public Integer call() {
        if (info) {
            return infoReport.print();
        }
        if (commandAndArguments != null) {
            Agent command = new Agent.Command(commandAndArguments.getFirst());
            return startSession(command, commandAndArguments.subList(1, commandAndArguments.size()));
        }
        return startSession(new Agent.ClaudeCode(), agentArguments);
    }

    int startSession(Agent agent, List<String> arguments) {
        SessionRequest request = new SessionRequest(agent, arguments, backend,
                new PathOptions(safe, addDirs, readOnlyPaths, deniedPaths),
                environment,
                new DockerOptions(packages, rebuild, dockerSocket),
                allowOauthRefresh, disableBackgroundTasks);
        return sessionStarter.start(request, dryRun);
    }

    boolean debug() {
        return debug;
    }
}
