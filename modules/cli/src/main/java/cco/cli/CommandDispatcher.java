package cco.cli;

import cco.domain.config.EffectiveSettings;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.Quarantine;
import cco.domain.agent.AgentProfile;
import cco.domain.agent.AutonomyMode;
import cco.domain.agent.KnownAgents;
import cco.domain.session.Agent;
import cco.domain.session.ShellWords;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
                    .map(command -> session(options, new Agent.Command(command.getFirst()), command.subList(1, command.size())))
                    .orElseGet(() -> session(options, agent(options, KnownAgents.CLAUDE, AutonomyMode.FULL), options.agentArguments()));
        }
        ParseResult subcommand = parsed.subcommand();
        String name = subcommand.commandSpec().name();
        Optional<AgentProfile> named = KnownAgents.named(name);
        if (named.isPresent()) {
            return session(options, agent(options, named.get(), AutonomyMode.FULL), CcoOptions.positional(subcommand));
        }
        return switch (name) {
            case CommandTree.AUTO -> auto(options, CcoOptions.positional(subcommand));
            case CommandTree.SHELL -> session(options, new Agent.Shell(), CcoOptions.positional(subcommand));
            case CommandTree.INFO -> infoReport.print(subcommand.hasMatchedOption(CommandTree.JSON));
            case CommandTree.CLEANUP -> new CleanupCommand(root).run(new CleanupCommand.Scope(
                    options.dryRun() || subcommand.hasMatchedOption(CommandTree.DRY_RUN), subcommand.hasMatchedOption(CommandTree.IMAGES),
                    subcommand.hasMatchedOption(CommandTree.CACHES)));
            case CommandTree.QUARANTINE -> quarantine(CcoOptions.positional(subcommand));
            case CommandTree.BACKUP_CREDS -> credentials.backUp(subcommand.hasMatchedOption(CommandTree.LIST));
            case CommandTree.RESTORE_CREDS -> credentials.restore(Optional.ofNullable(subcommand.matchedPositionalValue(0, null)),
                    subcommand.hasMatchedOption(CommandTree.YES));
            case CommandTree.SELF_UPDATE -> new SelfUpdateCommand(root).run(Optional.ofNullable(subcommand.matchedOptionValue(CommandTree.FROM, null)),
                    subcommand.hasMatchedOption(CommandTree.ROLLBACK));
            case CommandTree.COMPLETION -> printCompletion(new DocumentedCommand(parsed.commandSpec()), subcommand.matchedPositionalValue(0, "bash"));
            default -> throw new CcoException(FailureKind.NOT_BUILT, "'cco " + name + "' is not available in this version of cco yet");
        };
    }

    /** {@code cco auto [agent] [args]}: the agent named first, else Claude Code with every word. */
    private int auto(CcoOptions options, List<String> words) {
        Optional<AgentProfile> named = words.isEmpty() ? Optional.empty() : KnownAgents.named(words.getFirst());
        return named.map(agent -> session(options, agent(options, agent, AutonomyMode.ASK_WHEN_IT_MATTERS), words.subList(1, words.size())))
                .orElseGet(() -> session(options, agent(options, KnownAgents.CLAUDE, AutonomyMode.ASK_WHEN_IT_MATTERS), words));
    }

    /** Claude Code runs through the user's command line for it, if any (--claude-command, else $CCO_CLAUDE_COMMAND). */
    private Agent agent(CcoOptions options, AgentProfile profile, AutonomyMode mode) {
        if (profile.equals(KnownAgents.CLAUDE)) {
            Optional<List<String>> launcher = options.claudeCommand().map(line -> ShellWords.split(line, CommandTree.CLAUDE_COMMAND))
                    .or(() -> Optional.ofNullable(root.host().environment().get("CCO_CLAUDE_COMMAND")).filter(line -> !line.isBlank())
                            .map(line -> ShellWords.split(line, "$CCO_CLAUDE_COMMAND")));
            if (launcher.isPresent()) {
                return new Agent.Known(profile, mode, launcher.get());
            }
        }
        return new Agent.Known(profile, mode);
    }

    /** The user's and the project's configuration under the command line's options. */
    private int session(CcoOptions options, Agent agent, List<String> arguments) {
        EffectiveSettings settings = root.configurationFiles().settings(options.commandLineLayer(), true);
        return sessionStarter.start(options.request(agent, arguments, settings), settings.origins(),
                new SessionStarter.Mode(options.dryRun(), options.privateTerminal(), options.debug(), options.backend().isPresent()));
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

    private int printCompletion(DocumentedCommand command, String shellName) {
        CompletionShell shell = CompletionShell.named(shellName).orElseThrow(() -> CcoException.usage("completion: unsupported shell '"
                + DisplayText.of(shellName) + "' (expected " + String.join(", ", CompletionShell.names()) + ")"));
        PrintWriter out = root.host().out();
        out.print(shell.script(command));
        out.flush();
        return ExitCodes.OK;
    }
}
