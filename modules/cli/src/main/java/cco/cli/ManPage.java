package cco.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The manual page cco(1) in roff with the man(7) macros, written from the command tree. */
final class ManPage {
    private static final Map<String, String> ENVIRONMENT = facts(
            "DOCKER_HOST, DOCKER_CONTEXT, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH",
            "Where the Docker backend looks for the Docker Engine, as the docker CLI does.",
            "CCO_BASE_IMAGE", "The base of cco's Docker image (debian:bookworm-slim when unset).",
            "CCO_CLAUDE_COMMAND", "The command line Claude Code runs through, as --claude-command (which wins).",
            "CLAUDE_CONFIG_DIR, CODEX_HOME, GEMINI_CLI_HOME, PI_CODING_AGENT_DIR, PI_CONFIG_DIR",
            "Where the agents keep their configuration, state and credentials (OpenCode and Oh My Pi: the XDG directories).",
            "XDG_DATA_HOME, XDG_STATE_HOME, XDG_CACHE_HOME",
            "The bases of cco's own files (~/.local/share, ~/.local/state and ~/.cache when unset).",
            "NO_COLOR", "Set: the help has no colours.");
    private static final Map<String, String> FILES = facts(
            "~/.local/share/cco/VERSION/", "An installed bundle (current links to the active one): the runtime, the launcher bin/cco, "
                    + "and under share/ this page and the completion scripts for bash, zsh and fish.",
            "~/.local/share/cco/backups/", "Credential backups (backup-creds, restore-creds), in a directory only you may enter.",
            "~/.local/state/cco/quarantine/", "What cco moved out of projects and the home after sessions (quarantine).",
            "~/.cache/cco/toolchains/", "cco's stores of toolchain caches, mounted into sessions (cleanup --caches empties them).");

    private ManPage() {
    }

    static String text(DocumentedCommand root) {
        CommandSpec spec = root.spec();
        StringBuilder page = new StringBuilder();
        page.append(".TH ").append(root.name().toUpperCase()).append(" 1 \"\" \"").append(Roff.escaped(String.join(" ", spec.version())))
                .append("\" \"User Commands\"\n");
        page.append(".SH NAME\n").append(Roff.line(root.name() + " - " + root.summary())).append("\n");
        page.append(".SH SYNOPSIS\n");
        synopsis(page, root);
        page.append(".SH DESCRIPTION\n");
        description(page, spec.usageMessage().description());
        page.append(".SH OPTIONS\n");
        arguments(page, root);
        page.append(".SH COMMANDS\n");
        for (DocumentedCommand command : root.subcommands()) {
            page.append(".SS ").append(Roff.escaped(command.name())).append("\n");
            synopsis(page, command);
            description(page, command.spec().usageMessage().description());
            arguments(page, command);
        }
        page.append(".SH \"EXIT STATUS\"\n");
        definitions(page, spec.usageMessage().exitCodeList());
        page.append(".SH ENVIRONMENT\n");
        definitions(page, ENVIRONMENT);
        page.append(".SH FILES\n");
        definitions(page, FILES);
        page.append(".SH \"SEE ALSO\"\n").append("\\fBbwrap\\fR(1), \\fBdocker\\fR(1)\n");
        return page.toString();
    }

    /** The command's own synopsis lines where it declares them, else picocli's. */
    private static void synopsis(StringBuilder page, DocumentedCommand command) {
        String[] custom = command.spec().usageMessage().customSynopsis();
        String synopsis = custom.length > 0 ? String.join("\n", custom)
                : new Help(command.spec(), Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0);
        page.append(".PP\n.nf\n");
        synopsis.lines().filter(line -> !line.isBlank()).forEach(line -> page.append(Roff.line(line)).append("\n"));
        page.append(".fi\n");
    }

    private static void description(StringBuilder page, String[] paragraphs) {
        Arrays.stream(paragraphs).filter(paragraph -> !paragraph.isBlank())
                .forEach(paragraph -> page.append(".PP\n").append(Roff.line(paragraph)).append("\n"));
    }

    private static void arguments(StringBuilder page, DocumentedCommand command) {
        Stream.concat(command.positionals().stream(), command.options().stream()).forEach(arg -> {
            page.append(".TP\n").append(tag(arg)).append("\n");
            page.append(Roff.line(String.join(" ", arg.description()))).append("\n");
        });
    }

    /** "-e, --env=KEY[=VAL]" with the names in bold and the value in italics, as man pages show them. */
    private static String tag(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return Roff.italic(arg.paramLabel()) + (arg.arity().max() > 1 ? "..." : "");
        }
        String names = Arrays.stream(option.names()).map(Roff::bold).collect(Collectors.joining(", "));
        return ValueCompletion.of(option).kind() == ValueCompletion.Kind.NONE ? names : names + "=" + Roff.italic(option.paramLabel())
                + (option.arity().max() > 1 ? "..." : "");
    }

    private static void definitions(StringBuilder page, Map<String, String> definitions) {
        definitions.forEach((term, definition) -> page.append(".TP\n").append(Roff.bold(term)).append("\n")
                .append(Roff.line(definition)).append("\n"));
    }

    private static Map<String, String> facts(String... termsAndDefinitions) {
        Map<String, String> facts = new LinkedHashMap<>();
        List<String> list = List.of(termsAndDefinitions);
        for (int i = 0; i < list.size(); i += 2) {
            facts.put(list.get(i), list.get(i + 1));
        }
        return facts;
    }
}
