package cco.cli;

import cco.domain.backend.BackendChoice;
import cco.domain.config.EffectiveSettings;
import cco.domain.config.SettingsLayer;
import cco.domain.policy.PathOptions;
import cco.domain.session.Agent;
import cco.domain.session.DockerOptions;
import cco.domain.session.NetworkAccess;
import cco.domain.session.SessionRequest;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/** cco's own options as parsed from the command line, before the agent's arguments. */
record CcoOptions(
        Optional<String> backend,
        boolean safe,
        List<String> addDirs,
        List<String> readOnlyPaths,
        List<String> deniedPaths,
        List<String> environment,
        List<String> packages,
        boolean rebuild,
        boolean dockerSocket,
        boolean allowOauthRefresh,
        boolean disableBackgroundTasks,
        Optional<String> network,
        boolean privateTerminal,
        boolean dryRun,
        boolean info,
        boolean debug,
        Optional<String> claudeCommand,
        Optional<List<String>> commandAndArguments,
        List<String> agentArguments) {

    static CcoOptions from(ParseResult root) {
        return new CcoOptions(
                Optional.ofNullable(root.matchedOptionValue("--backend", null)),
                flag(root, "--safe"),
                strings(root, "--add-dir"),
                strings(root, "--allow-readonly"),
                strings(root, "--deny-path"),
                strings(root, "--env"),
                strings(root, "--packages"),
                flag(root, "--rebuild"),
                flag(root, "--docker"),
                flag(root, "--allow-oauth-refresh"),
                flag(root, "--disable-background-tasks"),
                Optional.ofNullable(root.matchedOptionValue("--network", null)),
                flag(root, "--pty"),
                flag(root, "--dry-run"),
                flag(root, "--info"),
                flag(root, "--debug"),
                Optional.ofNullable(root.matchedOptionValue(CommandTree.CLAUDE_COMMAND, null)),
                Optional.ofNullable(root.commandSpec().findOption("--command").<String[]>getValue()).map(List::of),
                positional(root));
    }

    static List<String> positional(ParseResult parsed) {
        return parsed.hasMatchedPositional(0) ? List.of(parsed.matchedPositional(0).<String[]>getValue()) : List.of();
    }

    /** What the command line says of the settings a configuration file may also hold. */
    SettingsLayer commandLineLayer() {
        return new SettingsLayer("command line", backend.map(BackendChoice::parse), safe ? Optional.of(true) : Optional.empty(),
                addDirs, readOnlyPaths, deniedPaths, environment, Optional.empty(), packages, Optional.empty(), Optional.empty(),
                network.map(NetworkAccess::parse));
    }

    /** A configuration's packages are for Docker sessions: under --backend native only the command line's contradict it. */
    SessionRequest request(Agent agent, List<String> arguments, EffectiveSettings settings) {
        List<String> imagePackages = settings.backend() == BackendChoice.NATIVE ? packages : settings.packages();
        return new SessionRequest(agent, arguments, settings.backend(),
                new PathOptions(settings.safe(), settings.addDirs(), settings.readOnlyPaths(), settings.deniedPaths()),
                settings.environment(),
                new DockerOptions(imagePackages, rebuild, dockerSocket, settings.baseImage()),
                allowOauthRefresh, disableBackgroundTasks, settings.network());
    }

    private static boolean flag(ParseResult parsed, String name) {
        return parsed.matchedOptionValue(name, false);
    }

    private static List<String> strings(ParseResult parsed, String name) {
        return List.of(parsed.matchedOptionValue(name, new String[0]));
    }
}
