package cco.domain.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact argument vector started inside the sandbox: a known agent's launcher, the options its
 * argument policy adds for the session's autonomy mode, then the user's arguments unchanged and in
 * order. A shell's words are joined into one command line for {@code -c}.
 */
public final class AgentCommandLine {

    private AgentCommandLine() {
    }

    public static List<String> argv(Agent agent, List<String> arguments) {
        List<String> argv = new ArrayList<>();
        switch (agent) {
            case Agent.Known known -> {
                argv.addAll(known.launcher());
                argv.addAll(known.profile().arguments().added(known.mode(), arguments));
            }
            case Agent.Command command -> argv.add(command.program());
            case Agent.Shell shell -> {
                // As users of the shell-script cco know it: the words are one command line, so that 'make test && echo ok' works.
                return arguments.isEmpty() ? List.of(shell.program()) : List.of(shell.program(), "-c", String.join(" ", arguments));
            }
        }
        argv.addAll(arguments);
        return List.copyOf(argv);
    }
}
