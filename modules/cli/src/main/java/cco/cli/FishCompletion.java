package cco.cli;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The fish completions, written from the command tree. A helper function finds which command
 * the word being completed belongs to, stepping over option values; once a word goes to a
 * program (the agent's arguments, the words after --command or '--'), cco offers nothing and
 * fish offers files.
 */
final class FishCompletion {
    private FishCompletion() {
    }

    static String script(DocumentedCommand root) {
        String name = root.name();
        String helper = "__" + root.identifier();
        List<DocumentedCommand> commands = root.withDescendants();
        StringBuilder script = new StringBuilder();
        script.append("""
                # fish completion for %1$s, generated from its command definitions.
                # Link it into ~/.config/fish/completions/ (or: %1$s completion fish | source).

                # Prints the command the word being completed belongs to; nothing once the words are a program's.
                function %2$s_command
                    set -l words (commandline -opc)
                    set -e words[1]
                    set -l command %1$s
                    set -l skip false
                    set -l program false
                    for word in $words
                        if $program
                            return 1
                        else if $skip
                            set skip false
                            continue
                        end
                        switch "$command $word"
                """.formatted(name, helper));
        appendCase(script, commands.stream().flatMap(command -> command.valuedOptions().stream().flatMap(option -> patterns(command, option))),
                "set skip true");
        // The word after such an option is still cco's to complete (the program's name), the following ones are not.
        appendCase(script, commands.stream().flatMap(command -> command.restOfLineOptions().stream().flatMap(option -> patterns(command, option))),
                "set program true");
        appendCase(script, Stream.of("* --"), "return 1");
        appendCase(script, commands.stream().flatMap(command -> command.subcommands().stream().map(sub -> command.name() + " " + sub.name())),
                "set command $word");
        script.append("""
                            case '* -*'
                            case '*'
                                return 1
                        end
                    end
                    echo $command
                end

                function %1$s_in
                    set -l command (%1$s_command)
                    and contains -- "$command" $argv
                end

                """.formatted(helper));
        for (DocumentedCommand command : commands) {
            String prefix = "complete -c " + name + " -n " + quoted(helper + "_in " + command.name());
            if (!command.takesFiles()) {
                script.append(prefix).append(" -f\n");
            }
            command.options().forEach(option -> script.append(prefix).append(option(option)).append("\n"));
            command.subcommands().forEach(sub -> script.append(prefix).append(" -a ").append(sub.name()).append(" -d ")
                    .append(quoted(sub.summary())).append("\n"));
            List<String> choices = command.firstPositional().choices();
            if (!choices.isEmpty()) {
                script.append(prefix).append(" -a ").append(quoted(String.join(" ", choices))).append("\n");
            }
        }
        return script.toString();
    }

    private static void appendCase(StringBuilder script, Stream<String> patterns, String action) {
        String joined = patterns.map(FishCompletion::quoted).collect(Collectors.joining(" "));
        if (!joined.isEmpty()) {
            script.append("            case ").append(joined).append("\n                ").append(action).append("\n");
        }
    }

    private static Stream<String> patterns(DocumentedCommand command, OptionSpec option) {
        return Stream.of(option.names()).map(optionName -> command.name() + " " + DocumentedCommand.plainWord(optionName));
    }

    private static String option(OptionSpec option) {
        StringBuilder arguments = new StringBuilder();
        for (String optionName : option.names()) {
            DocumentedCommand.plainWord(optionName);
            if (optionName.startsWith("--")) {
                arguments.append(" -l ").append(optionName.substring(2));
            } else if (optionName.length() == 2) {
                arguments.append(" -s ").append(optionName.substring(1));
            } else {
                arguments.append(" -o ").append(optionName.substring(1));
            }
        }
        ValueCompletion value = ValueCompletion.of(option);
        arguments.append(switch (value.kind()) {
            case NONE -> "";
            case CHOICES -> " -x -a " + quoted(String.join(" ", value.choices()));
            case FILES -> " -r -F";
            case PROGRAM -> " -x -a '(__fish_complete_command)'";
            case TEXT -> " -x";
        });
        return arguments.append(" -d ").append(quoted(DocumentedCommand.summary(option))).toString();
    }

    /** fish's single quotes: only the backslash and the quote itself are special. */
    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
