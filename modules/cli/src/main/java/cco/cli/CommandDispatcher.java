package cco.cli;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.policy.ToolchainCaches;
import cco.domain.port.Quarantine;
import cco.domain.port.SessionRegistry;
import cco.domain.session.Agent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/** Runs what the parsed command line asks for; every failure leaves through the FailureReporter. */
final class CommandDispatcher implements IExecutionStrategy {
    private final CompositionRoot root;
    private final SessionStarter sessionStarter;
    private final InfoReport infoReport;
    private final CredentialCommands credentials;

    CommandDispatcher(CompositionRoot root) {
        this.root = root;
        this.sessionStarter = new SessionStarter(root);
        this.infoReport = new InfoReport(root);
        this.credentials = new CredentialCommands(root);
    }

    @Override
    public int execute(ParseResult parsed) {
        CcoOptions options = CcoOptions.from(parsed);
        try {
            Integer helpExitCode = CommandLine.executeHelpRequest(parsed);
            return helpExitCode != null ? helpExitCode : dispatch(parsed, options);
        } catch (RuntimeException e) {
            return FailureReporter.report(e, options.debug(), root.host().err());
        }
    }

    private int dispatch(ParseResult parsed, CcoOptions options) {
        if (!parsed.hasSubcommand()) {
            if (options.info()) {
                return infoReport.print(false);
            }
            return options.commandAndArguments()
                    .map(command -> sessionStarter.start(options.request(new Agent.Command(command.getFirst()),
                            command.subList(1, command.size())), options.dryRun(), options.privateTerminal()))
                    .orElseGet(() -> sessionStarter.start(options.request(new Agent.ClaudeCode(), options.agentArguments()),
                            options.dryRun(), options.privateTerminal()));
        }
        ParseResult subcommand = parsed.subcommand();
        String name = subcommand.commandSpec().name();
        return switch (name) {
            case CommandTree.CODEX -> sessionStarter.start(options.request(new Agent.Codex(), CcoOptions.positional(subcommand)), options.dryRun(), options.privateTerminal());
            case CommandTree.SHELL -> sessionStarter.start(options.request(new Agent.Shell(), CcoOptions.positional(subcommand)), options.dryRun(), options.privateTerminal());
            case CommandTree.INFO -> infoReport.print(subcommand.hasMatchedOption(CommandTree.JSON));
            case CommandTree.CLEANUP -> cleanUp(subcommand.hasMatchedOption(CommandTree.CACHES));
            case CommandTree.QUARANTINE -> quarantine(CcoOptions.positional(subcommand));
            case CommandTree.BACKUP_CREDS -> credentials.backUp(subcommand.hasMatchedOption(CommandTree.LIST));
            case CommandTree.RESTORE_CREDS -> credentials.restore(Optional.ofNullable(subcommand.matchedPositionalValue(0, null)),
                    subcommand.hasMatchedOption(CommandTree.YES));
            case CommandTree.SELF_UPDATE -> new SelfUpdateCommand(root).run(Optional.ofNullable(subcommand.matchedOptionValue(CommandTree.FROM, null)),
                    subcommand.hasMatchedOption(CommandTree.ROLLBACK));
            case CommandTree.COMPLETION -> printCompletion(parsed.commandSpec().commandLine(), subcommand.matchedPositionalValue(0, "bash"));
            default -> throw new CcoException(FailureKind.NOT_BUILT, "'cco " + name + "' is not available in this version of cco yet");
        };
    }

    /** Deals with what sessions that were killed left behind (their owner is gone), as the next start would. */
    private int cleanUp(boolean caches) {
        SessionRegistry registry = root.sessionRegistry();
        try (SessionRegistry.Lock lock = registry.lock()) {
            List<String> report = root.sessionLifecycle(registry).recoverAbandoned();
            PrintWriter out = root.host().out();
            if (report.isEmpty()) {
                out.println("cco: nothing left behind by earlier sessions");
            }
            report.forEach(line -> out.println("cco: " + DisplayText.of(line)));
            long running = registry.all().stream().filter(record -> registry.alive(record.owner())).count();
            if (running > 0) {
                out.println("cco: " + running + " session(s) still running; they clean up after themselves when they end");
            }
            if (caches) {
                emptyCaches(running);
            }
        }
        return ExitCodes.OK;
    }

    /** Never under a running session, which has the stores mounted. */
    private void emptyCaches(long running) {
        Path stores = ToolchainCaches.stores(root.host().home(), root.host().environment());
        if (running > 0) {
            throw CcoException.usage("cleanup --caches: sessions are running and use the caches; end them first");
        }
        try {
            root.cacheStores().empty(stores);
            root.host().out().println("cco: emptied the toolchain caches in " + DisplayText.of(stores));
        } catch (IOException e) {
            throw new CcoException(FailureKind.INTERNAL, "cannot empty " + stores + ": " + e.getMessage());
        }
    }

    /** Lists the quarantine, or moves one entry back where it came from when the user asks. */
    private int quarantine(List<String> arguments) {
        Quarantine quarantine = root.quarantine();
        PrintWriter out = root.host().out();
        if (arguments.isEmpty()) {
            List<Quarantine.Kept> kept = quarantine.kept();
            if (kept.isEmpty()) {
                out.println("cco: nothing in quarantine");
            }
            kept.forEach(entry -> out.println(DisplayText.of(entry.original()) + "  (" + entry.when() + ", kept as " + DisplayText.of(entry.copy()) + ")"));
            return ExitCodes.OK;
        }
        if (arguments.size() != 2 || !arguments.getFirst().equals("restore")) {
            throw CcoException.usage("quarantine: expected no argument, or 'restore PATH'");
        }
        Path original = root.pathResolver().possiblyMissing(arguments.get(1), "quarantine restore");
        try {
            quarantine.restore(original);
            out.println("cco: restored " + DisplayText.of(original));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw CcoException.usage("quarantine restore: " + e.getMessage());
        }
    }

    private int printCompletion(CommandLine commandLine, String shell) {
        if (!List.of("bash", "zsh").contains(shell)) {
            throw CcoException.usage("completion: unsupported shell '" + DisplayText.of(shell) + "' (expected bash or zsh)");
        }
        PrintWriter out = root.host().out();
        out.print(AutoComplete.bash("cco", commandLine));
        out.flush();
        return ExitCodes.OK;
    }
}
