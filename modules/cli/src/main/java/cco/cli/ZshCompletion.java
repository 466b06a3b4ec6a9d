package cco.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The zsh completion function (_arguments), written from the command tree. It is both an
 * autoloadable function for fpath and a script to source after compinit, which registers it.
 */
final class ZshCompletion {
    private ZshCompletion() {
    }

    static String script(DocumentedCommand root) {
        String name = root.name();
        String function = "_" + root.identifier();
        StringBuilder script = new StringBuilder();
        script.append("""
                #compdef %1$s
                # zsh completion for %1$s, generated from its command definitions.
                # Put this file's directory in fpath before compinit runs (~/.zshrc), or after compinit:
                # source <(%1$s completion zsh)

                """.formatted(name));
        appendFunction(script, root, function);
        script.append("""
                if [ "$funcstack[1]" = %1$s ]; then
                    %1$s "$@"
                else
                    compdef %1$s %2$s
                fi
                """.formatted(function, name));
        return script.toString();
    }

    private static void appendFunction(StringBuilder script, DocumentedCommand command, String function) {
        List<DocumentedCommand> subcommands = command.subcommands();
        script.append(function).append("() {\n");
        if (command.options().isEmpty() && subcommands.isEmpty()) {
            // Every word is the program's, those starting with '-' too: no option parsing.
            script.append("    ").append(command.takesFiles() ? "_files" : "_message 'no more arguments'").append("\n}\n\n");
            return;
        }
        List<String> specs = new ArrayList<>();
        command.options().forEach(option -> specs.addAll(optionSpecs(option)));
        if (subcommands.isEmpty()) {
            List<PositionalParamSpec> positionals = command.positionals();
            for (int index = 0; index < positionals.size(); index++) {
                specs.add(positionalSpec(positionals.get(index), index + 1));
            }
            script.append("    _arguments -S");
            specs.forEach(spec -> script.append(" \\\n        ").append(spec));
            script.append("\n}\n\n");
            return;
        }
        specs.add(quoted("1: :->command"));
        specs.add(quoted("*:: :->argument"));
        script.append("    local curcontext=$curcontext state state_descr line\n    typeset -A opt_args\n    _arguments -C -S");
        specs.forEach(spec -> script.append(" \\\n        ").append(spec));
        script.append(" && return\n    case $state in\n        command)\n            local -a commands=(\n");
        subcommands.forEach(sub -> script.append("                ").append(quoted(sub.name() + ":" + sub.summary())).append("\n"));
        script.append("            )\n            _describe -t commands ").append(quoted(command.name() + " command")).append(" commands");
        script.append(command.takesFiles() ? "\n            _files ;;\n" : " ;;\n");
        script.append("        argument)\n            case $words[1] in\n");
        subcommands.forEach(sub -> script.append("                ").append(sub.name()).append(") ").append(function).append("_")
                .append(sub.identifier()).append(" ;;\n"));
        script.append("                *) ").append(command.takesFiles() ? "_files" : "_message 'no more arguments'").append(" ;;\n");
        script.append("            esac ;;\n    esac\n}\n\n");
        subcommands.forEach(sub -> appendFunction(script, sub, function + "_" + sub.identifier()));
    }

    /** One spec per name: a short option's value may follow it directly (-eKEY), a long one's after '='. */
    private static List<String> optionSpecs(OptionSpec option) {
        String[] names = option.names();
        String exclusion = option.isMultiValue() ? "*" : names.length > 1 ? "(" + String.join(" ", names) + ")" : "";
        String description = "[" + escaped(DocumentedCommand.summary(option)) + "]";
        ValueCompletion value = ValueCompletion.of(option);
        List<String> specs = new ArrayList<>();
        for (String optionName : names) {
            String valueSeparator = value.kind() == ValueCompletion.Kind.NONE || value.kind() == ValueCompletion.Kind.PROGRAM ? ""
                    : optionName.startsWith("--") ? "=" : "+";
            String argument = switch (value.kind()) {
                case NONE -> "";
                case PROGRAM -> ":*::" + escaped(option.paramLabel()) + ":_normal";
                default -> ":" + escaped(option.paramLabel()) + ":" + action(value);
            };
            specs.add(quoted(exclusion + DocumentedCommand.plainWord(optionName) + valueSeparator + description + argument));
        }
        return specs;
    }

    private static String positionalSpec(PositionalParamSpec positional, int position) {
        String where = positional.arity().max() > 1 ? "*" : String.valueOf(position);
        String optional = positional.arity().min() == 0 && !where.equals("*") ? ":" : "";
        return quoted(where + ":" + optional + escaped(positional.paramLabel()) + ":" + action(ValueCompletion.of(positional)));
    }

    private static String action(ValueCompletion value) {
        return switch (value.kind()) {
            case CHOICES -> "(" + String.join(" ", value.choices()) + ")";
            case FILES -> "_files";
            case PROGRAM -> "_normal";
            case NONE, TEXT -> " ";
        };
    }

    /** _arguments reads '\', ':', '[' and ']' in descriptions and messages as its own syntax. */
    private static String escaped(String text) {
        return text.replaceAll("([\\\\:\\[\\]])", "\\\\$1");
    }

    private static String quoted(String text) {
        return DocumentedCommand.singleQuoted(text);
    }
}
