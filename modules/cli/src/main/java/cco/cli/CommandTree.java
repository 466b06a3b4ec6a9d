package cco.cli;

import cco.domain.agent.AgentProfile;
import cco.domain.agent.KnownAgents;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * cco's options and subcommands, declared with picocli's programmatic API. Annotations would
 * make picocli generate a proxy class per annotation type at every start, which no JVM cache
 * can keep (ADR 0005).
 */
final class CommandTree {
    static final String AUTO = "auto";
    static final String CLAUDE_COMMAND = "--claude-command";
    static final String SHELL = "shell";
    static final String INFO = "info";
    static final String JSON = "--json";
    static final String COMPLETION = "completion";
    static final String CLEANUP = "cleanup";
    static final String CACHES = "--caches";
    static final String IMAGES = "--images";
    static final String DRY_RUN = "--dry-run";
    static final String QUARANTINE = "quarantine";
    static final String BACKUP_CREDS = "backup-creds";
    static final String RESTORE_CREDS = "restore-creds";
    static final String LIST = "--list";
    static final String YES = "--yes";
    static final String SELF_UPDATE = "self-update";
    static final String FROM = "--from";
    static final String ROLLBACK = "--rollback";

    private CommandTree() {
    }

    static CommandSpec root() {
        CommandSpec spec = CommandSpec.create().name("cco").version("cco " + BuildVersion.VERSION);
        spec.usageMessage()
                .sortOptions(false)
                .autoWidth(true)
                .customSynopsis(
                        "cco [OPTIONS] [CLAUDE-ARGS...]         run Claude Code in the sandbox",
                        "       cco [OPTIONS] " + String.join("|", otherAgents().stream().map(AgentProfile::name).toList()) + " [ARGS...]",
                        "       cco [OPTIONS] auto [AGENT] [ARGS...]   the agent asks when it matters",
                        "       cco [OPTIONS] --command CMD [ARGS...]  run any program",
                        "       cco [OPTIONS] shell [COMMAND...]       a shell, or one command",
                        "       cco info [--json] | cleanup [--dry-run] [--images] [--caches]",
                        "       cco quarantine [restore PATH]",
                        "       cco self-update [--from SOURCE | --rollback]",
                        "       cco backup-creds [--list] | restore-creds [FILE]",
                        "       cco completion [bash|zsh|fish] | --help | --version")
                .description("",
                        "Runs an AI coding agent with full autonomy inside a sandbox: the project is writable, "
                                + "the rest of the machine is not. Arguments cco does not know go to the agent unchanged "
                                + "and in order; '--' ends cco's options.",
                        "")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.helpList());
        spec.addOption(valued("--backend", "auto|native|docker", "Isolation to use; auto (default) prefers native when it works here, else Docker.")
                .type(String.class).defaultValue("auto").completionCandidates(List.of("auto", "native", "docker")).build());
        spec.addOption(flag("--safe", "Hide $HOME (native): only the project, system directories and explicit shares are visible."));
        spec.addOption(repeatable("--add-dir", "PATH[:ro|:rw]", "Share another directory, read-write unless :ro (repeatable)."));
        spec.addOption(repeatable("--allow-readonly", "PATH", "Share a file or directory read-only (repeatable)."));
        spec.addOption(repeatable("--deny-path", "PATH", "Make a path unreadable, even if it does not exist yet (repeatable)."));
        spec.addOption(OptionSpec.builder("-e", "--env").paramLabel("KEY[=VAL]").type(String[].class).arity("1")
                .description("Set a variable inside the sandbox; bare KEY passes the host's value (repeatable).").build());
        spec.addOption(valued("--packages", "PKG", "Docker: extra Debian packages in the image, comma-separated.")
                .type(String[].class).splitRegex(",").build());
        spec.addOption(flag("--rebuild", "Docker: rebuild the image (also refreshes the agents inside it)."));
        spec.addOption(flag("--docker", "Give the sandbox the host's Docker socket. This defeats the isolation."));
        spec.addOption(flag("--allow-oauth-refresh", "Let a refreshed OAuth token flow back to the host's credential store."));
        spec.addOption(flag("--disable-background-tasks", "Turn off Claude Code background tasks."));
        spec.addOption(valued("--network", "host|none", "The host's network (default: APIs, registries, localhost servers), "
                + "or none but a loopback of the session's own.").type(String.class).completionCandidates(List.of("host", "none")).build());
        spec.addOption(valued(CLAUDE_COMMAND, "CMD", "Run Claude Code through this command line (split as a shell would, "
                + "nothing evaluated), e.g. 'ccr code'; also $CCO_CLAUDE_COMMAND.").type(String.class).build());
        spec.addOption(flag("--pty", "Give the agent a private terminal that cco relays (cco stays running during the session)."));
        spec.addOption(flag("--dry-run", "Print the effective policy and the backend invocation; run nothing."));
        spec.addOption(flag("--info", "Same as 'cco info'."));
        spec.addOption(flag("--debug", "Log each decision to stderr: settings and their origins, backend probes, policy rules, "
                + "the backend invocation; stack traces of internal errors."));
        spec.addOption(valued("--command", "CMD", "Run CMD with the ARGS that follow instead of Claude Code; no agent flags are added.")
                .type(String[].class).arity("1..*").parameterConsumer(new CommandAndArgumentsConsumer()).build());
        addHelpOptions(spec, true);
        spec.addPositional(arguments("CLAUDE-ARGS", "Passed to Claude Code unchanged, in order."));

        for (AgentProfile agent : otherAgents()) {
            spec.addSubcommand(agent.name(), passThrough(agent.name(), "Run " + agent.summary() + " in the sandbox; every following word goes to "
                    + agent.program() + "."));
        }
        spec.addSubcommand(AUTO, passThrough(AUTO, "Run an agent (" + String.join(", ", KnownAgents.ALL.stream().map(AgentProfile::name).toList())
                + ") in its own 'ask when it matters' mode instead of full autonomy; if the first word is not an agent's name, "
                + "every word goes to Claude Code."));
        spec.addSubcommand(SHELL, passThrough(SHELL, "An interactive shell in the sandbox ($SHELL, else bash, else sh), or run COMMAND there: "
                + "its words are joined into one command line for bash -c (sh -c without bash), so 'cco shell \"make test && echo ok\"' works."));
        CommandSpec info = withHelp(CommandSpec.create().name(INFO),
                "What cco sees: platform, each backend (usable, or why not and the fix), the agent CLIs and their versions, "
                        + "credentials found (never their values). Exit status 0 when a backend is usable, 125 when none is.");
        info.addOption(flag(JSON, "The same facts as JSON, for scripts (README.md documents the shape)."));
        spec.addSubcommand(INFO, info);
        CommandSpec completion = withHelp(CommandSpec.create().name(COMPLETION),
                "Print the completion script for a shell (source <(cco completion bash)); "
                        + "the bundle has them under share/ too, and README.md says how to enable them.");
        completion.addPositional(PositionalParamSpec.builder().paramLabel("SHELL").arity("0..1").type(String.class)
                .defaultValue("bash").completionCandidates(CompletionShell.names()).description("bash (default), zsh or fish.").build());
        spec.addSubcommand(COMPLETION, completion);
        CommandSpec cleanup = withHelp(CommandSpec.create().name(CLEANUP),
                "Remove what cco created and no session uses: what killed sessions left (stand-ins, files to quarantine, private copies "
                        + "to merge, finished as the next start would), your stopped session containers, images left untagged by rebuilds. "
                        + "Only what carries cco's labels or records is touched; each removal is listed.");
        cleanup.addOption(flag(DRY_RUN, "List what would be removed; remove nothing."));
        cleanup.addOption(flag(IMAGES, "Also remove cco's Docker images no container uses (the next Docker session builds one again)."));
        cleanup.addOption(flag(CACHES, "Also empty cco's stores of toolchain caches (npm, pip, Maven...)."));
        spec.addSubcommand(CLEANUP, cleanup);
        CommandSpec quarantine = withHelp(CommandSpec.create().name(QUARANTINE),
                "List what cco moved out of your projects and home after sessions (hooks, code-running git settings, "
                        + "agent and editor files the agent created), or 'restore PATH' to move the newest copy back.");
        quarantine.addPositional(PositionalParamSpec.builder().paramLabel("restore PATH").arity("0..2").type(String[].class).build());
        spec.addSubcommand(QUARANTINE, quarantine);
        CommandSpec backup = withHelp(CommandSpec.create().name(BACKUP_CREDS),
                "Copy each agent's credentials (Claude Code, Codex) to a timestamped owner-only file in "
                        + "$XDG_DATA_HOME/cco/backups (~/.local/share/cco/backups), a directory only you can enter.");
        backup.addOption(flag(LIST, "List the backups instead, newest first: agent, account, expiry (never a secret)."));
        spec.addSubcommand(BACKUP_CREDS, backup);
        CommandSpec restore = withHelp(CommandSpec.create().name(RESTORE_CREDS),
                "Restore an agent's credentials from FILE, or from the newest backup: validated first, confirmed on a terminal, "
                        + "the current ones backed up, then replaced atomically.");
        restore.addOption(flag(YES, "Do not ask (needed without a terminal)."));
        restore.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("0..1").type(String.class).build());
        spec.addSubcommand(RESTORE_CREDS, restore);
        CommandSpec selfUpdate = withHelp(CommandSpec.create().name(SELF_UPDATE),
                "Install the newest release from an update source (--from, else $CCO_UPDATE_SOURCE, else updateSource in the configuration): "
                        + "a release archive with its .sha256 file beside it, a directory of release archives, a checkout of cco (built with "
                        + "install/package.sh), or the https URL of a release archive (its checksum at the URL plus .sha256). "
                        + "The checksum is verified (and its signature, with updateKey or $CCO_UPDATE_KEY) and the new version checked before it "
                        + "becomes current; the previous one is kept, older ones removed.");
        selfUpdate.addOption(valued(FROM, "SOURCE", "Where the release comes from: an archive, a directory of archives, a checkout or an https URL.")
                .type(String.class).build());
        selfUpdate.addOption(flag(ROLLBACK, "Go back to the previous version (and again to return)."));
        spec.addSubcommand(SELF_UPDATE, selfUpdate);
        return spec;
    }

    /** The agents with a subcommand of their own: all but Claude Code, the default. */
    static List<AgentProfile> otherAgents() {
        return KnownAgents.ALL.stream().filter(agent -> !agent.equals(KnownAgents.CLAUDE)).toList();
    }

    /** Every word after the subcommand belongs to the program, --help included: no options of its own. */
    private static CommandSpec passThrough(String name, String description) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.usageMessage().description(description);
        spec.addPositional(arguments("ARGS", "Passed to the program unchanged, in order."));
        return spec;
    }

    private static CommandSpec withHelp(CommandSpec spec, String description) {
        spec.usageMessage().description(description);
        addHelpOptions(spec, false);
        return spec;
    }

    private static void addHelpOptions(CommandSpec spec, boolean withVersion) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        if (withVersion) {
            spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
        }
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).arity("0").description(description).build();
    }

    private static OptionSpec.Builder valued(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).arity("1").description(description);
    }

    private static OptionSpec repeatable(String name, String label, String description) {
        return valued(name, label, description).type(String[].class).build();
    }

    private static PositionalParamSpec arguments(String label, String description) {
        return PositionalParamSpec.builder().paramLabel(label).type(String[].class).arity("0..*").description(description).build();
    }
}
