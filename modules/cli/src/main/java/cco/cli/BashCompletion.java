package cco.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The bash completion script, written from the command tree. A word the script offers nothing
 * for falls back to file names (complete -o default): the words that go to the agent may be
 * anything. cco's options come before the first word it does not know; that word and all after
 * it are the agent's, completed as files, and the words after --command as a command line.
 */
final class BashCompletion {
    private BashCompletion() {
    }

    static String script(DocumentedCommand root) {
        String name = root.name();
        List<DocumentedCommand> commands = root.withDescendants();
        StringBuilder script = new StringBuilder();
        script.append("""
                # bash completion for %1$s, generated from its command definitions.
                # Load it in ~/.bashrc: source THIS-FILE (or: source <(%1$s completion bash)).
                _%2$s() {
                    local cur=${COMP_WORDS[COMP_CWORD]} command=%1$s option='' word i=1
                    COMPREPLY=()
                    # '=' breaks words: --option=value arrives as "--option" "=" "value".
                    [ "$cur" != = ] || cur=''
                    while [ "$i" -lt "$COMP_CWORD" ]; do
                        word=${COMP_WORDS[i]}
                        case "$command $word" in
                """.formatted(name, root.identifier()));
        List<String> valued = patterns(commands, DocumentedCommand::valuedOptions);
        if (!valued.isEmpty()) {
            script.append("            ").append(String.join(" | ", valued)).append(")\n");
            script.append("""
                                option=$word
                                i=$((i + 1))
                                [ "${COMP_WORDS[i]}" != = ] || i=$((i + 1)) ;;
                """);
        }
        List<String> restOfLine = patterns(commands, DocumentedCommand::restOfLineOptions);
        if (!restOfLine.isEmpty()) {
            script.append("            ").append(String.join(" | ", restOfLine)).append(")\n");
            script.append("""
                                if [ "$((i + 1))" -eq "$COMP_CWORD" ]; then
                                    mapfile -t COMPREPLY < <(compgen -c -- "$cur")
                                elif declare -F _command_offset >/dev/null; then
                                    _command_offset "$((i + 1))"
                                fi
                                return ;;
                """);
        }
        List<String> subcommands = commands.stream()
                .flatMap(command -> command.subcommands().stream().map(sub -> quoted(command.name() + " " + sub.name()))).toList();
        if (!subcommands.isEmpty()) {
            script.append("            ").append(String.join(" | ", subcommands)).append(") command=$word ;;\n");
        }
        script.append("""
                            *' --') return ;;
                            *' -'*) ;;
                            *) return ;;
                        esac
                        i=$((i + 1))
                    done
                    if [ "$i" -gt "$COMP_CWORD" ]; then
                        case "$command $option" in
                """);
        for (DocumentedCommand command : commands) {
            for (OptionSpec option : command.valuedOptions()) {
                // A file goes to the default completion; free text gets nothing offered.
                ValueCompletion value = ValueCompletion.of(option);
                if (value.kind() != ValueCompletion.Kind.FILES) {
                    script.append("            ").append(alternatives(command, option)).append(") _").append(root.identifier())
                            .append("_offer ").append(quoted(String.join(" ", value.choices()))).append(" ;;\n");
                }
            }
        }
        script.append("""
                        esac
                        return
                    fi
                    case $command in
                """);
        for (DocumentedCommand command : commands) {
            script.append("        ").append(command.name()).append(") _").append(root.identifier()).append("_offer ")
                    .append(quoted(String.join(" ", words(command)))).append(command.takesFiles() ? " files" : "").append(" ;;\n");
        }
        script.append("""
                    esac
                }

                # Offers the words that match; without a match, file names only where they may be given.
                _%2$s_offer() {
                    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
                    if [ "${#COMPREPLY[@]}" -eq 0 ] && [ "${2:-}" != files ]; then
                        compopt +o default 2>/dev/null
                    fi
                }

                complete -o default -F _%2$s %1$s
                """.formatted(name, root.identifier()));
        return script.toString();
    }

    /** Options, subcommands and the choices of the first positional: what may come next. */
    private static List<String> words(DocumentedCommand command) {
        List<String> words = new ArrayList<>();
        command.options().forEach(option -> words.addAll(List.of(option.names())));
        command.subcommands().forEach(sub -> words.add(sub.name()));
        words.addAll(command.firstPositional().choices());
        return words.stream().map(DocumentedCommand::plainWord).toList();
    }

    private static List<String> patterns(List<DocumentedCommand> commands, Function<DocumentedCommand, List<OptionSpec>> options) {
        return commands.stream().flatMap(command -> options.apply(command).stream().map(option -> alternatives(command, option))).toList();
    }

    /** "command --name" for each name of the option, as case patterns. */
    private static String alternatives(DocumentedCommand command, OptionSpec option) {
        return Stream.of(option.names()).map(optionName -> quoted(command.name() + " " + DocumentedCommand.plainWord(optionName)))
                .collect(Collectors.joining(" | "));
    }

    private static String quoted(String words) {
        return DocumentedCommand.singleQuoted(words);
    }
}
