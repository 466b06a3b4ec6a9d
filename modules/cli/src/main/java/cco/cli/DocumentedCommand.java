package cco.cli;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command of the tree as the completion scripts and the man page describe it: its visible
 * options, positionals and subcommands, read from picocli's model so that what is added to
 * {@link CommandTree} is documented without further work.
 */
record DocumentedCommand(CommandSpec spec) {
    /** Names and values the generators write into shell code unquoted or inside word lists. */
    private static final Pattern PLAIN_WORD = Pattern.compile("-{0,2}[A-Za-z0-9][A-Za-z0-9_.,+@%/-]*");

    static DocumentedCommand root() {
        return new DocumentedCommand(CommandTree.root());
    }

    String name() {
        return plainWord(spec.name());
    }

    List<OptionSpec> options() {
        return spec.options().stream().filter(option -> !option.hidden()).toList();
    }

    List<PositionalParamSpec> positionals() {
        return spec.positionalParameters().stream().filter(positional -> !positional.hidden()).toList();
    }

    List<DocumentedCommand> subcommands() {
        return spec.subcommands().values().stream().map(commandLine -> new DocumentedCommand(commandLine.getCommandSpec()))
                .filter(command -> !command.spec.usageMessage().hidden()).toList();
    }

    /** This command and every command below it. */
    List<DocumentedCommand> withDescendants() {
        return Stream.concat(Stream.of(this), subcommands().stream().flatMap(sub -> sub.withDescendants().stream())).toList();
    }

    /** The options that take the next word as their value, whose value a shell must step over. */
    List<OptionSpec> valuedOptions() {
        return options().stream().filter(option -> ValueCompletion.of(option).kind().takesOneWord()).toList();
    }

    /** The options after which the rest of the line belongs to a program. */
    List<OptionSpec> restOfLineOptions() {
        return options().stream().filter(option -> ValueCompletion.of(option).kind() == ValueCompletion.Kind.PROGRAM).toList();
    }

    /** What the first positional takes; a command without one takes nothing. */
    ValueCompletion firstPositional() {
        return positionals().stream().findFirst().map(ValueCompletion::of).orElse(ValueCompletion.NOTHING);
    }

    /** Whether words that are neither options nor subcommands may be files (a program's arguments may be anything). */
    boolean takesFiles() {
        return positionals().stream().findFirst()
                .map(first -> ValueCompletion.of(first).kind() == ValueCompletion.Kind.FILES || first.arity().max() == Integer.MAX_VALUE)
                .orElse(false);
    }

    /** The first sentence (or clause before a semicolon) of the description, without its full stop. */
    String summary() {
        return summary(spec.usageMessage().description());
    }

    static String summary(ArgSpec arg) {
        return summary(arg.description());
    }

    private static String summary(String[] description) {
        String text = String.join(" ", description).strip().replaceAll("\\s+", " ");
        int end = text.length();
        for (String stop : List.of(". ", "; ")) {
            int at = text.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return text.substring(0, end).replaceFirst("\\.$", "");
    }

    /** The name as part of a shell function's name. */
    String identifier() {
        return name().replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** Quoted for bash or zsh: nothing inside single quotes is special but the quote itself. */
    static String singleQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    static String plainWord(String word) {
        if (!PLAIN_WORD.matcher(word).matches()) {
            throw new IllegalStateException("'" + word + "' is not a plain word: completion scripts would have to quote it");
        }
        return word;
    }
}
