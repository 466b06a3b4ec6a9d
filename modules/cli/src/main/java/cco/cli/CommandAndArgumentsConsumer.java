package cco.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --command CMD [ARGS...]}: the program and everything after it belong to the program,
 * even words that look like cco's own options.
 */
final class CommandAndArgumentsConsumer implements IParameterConsumer {

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        if (args.isEmpty() || args.peek().isEmpty()) {
            throw new ParameterException(commandSpec.commandLine(), "Missing required parameter for option '--command' (CMD)");
        }
        List<String> commandAndArguments = new ArrayList<>();
        while (!args.isEmpty()) {
            commandAndArguments.add(args.pop());
        }
        argSpec.setValue(commandAndArguments.toArray(String[]::new));
    }
}
