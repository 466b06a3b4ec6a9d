package cco.domain.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The exact argument vector started inside the sandbox. The user's arguments pass through
 * unchanged and in order; the agent's autonomy flag is added only when the user has not chosen
 * a permission or approval mode (an option before the agent's own {@code --}). A shell's words
 * are joined into one command line for {@code -c}.
 */
public final class AgentCommandLine {
    static final String CLAUDE_AUTONOMY = "--dangerously-skip-permissions";
    static final String CODEX_AUTONOMY = "--dangerously-bypass-approvals-and-sandbox";
    private static final Set<String> CLAUDE_PERMISSION_OPTIONS = Set.of(
            "--permission-mode", CLAUDE_AUTONOMY, "--allow-dangerously-skip-permissions");
    private static final Set<String> CODEX_APPROVAL_OPTIONS = Set.of(
            "-a", "--ask-for-approval", "--full-auto", CODEX_AUTONOMY, "--yolo");

    private AgentCommandLine() {
    }

    public static List<String> argv(Agent agent, List<String> arguments) {
        List<String> argv = new ArrayList<>();
        switch (agent) {
            case Agent.ClaudeCode claude -> {
                argv.add(claude.program());
                if (!choosesMode(arguments, CLAUDE_PERMISSION_OPTIONS)) {
                    argv.add(CLAUDE_AUTONOMY);
                }
            }
            case Agent.Codex codex -> {
                argv.add(codex.program());
                if (!choosesMode(arguments, CODEX_APPROVAL_OPTIONS)) {
                    argv.add(CODEX_AUTONOMY);
                }
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

    private static boolean choosesMode(List<String> arguments, Set<String> modeOptions) {
        for (String argument : arguments) {
            if (argument.equals("--")) {
                return false;
            }
            String name = argument.startsWith("--") && argument.contains("=")
                    ? argument.substring(0, argument.indexOf('='))
                    : argument;
            if (modeOptions.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
