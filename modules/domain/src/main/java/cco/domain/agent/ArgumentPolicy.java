package cco.domain.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options cco adds to an agent's command line, in front of the user's arguments. For an
 * autonomy mode, the agent's flags for it, unless the user chose a mode of their own (one of
 * {@code modeOptions} before the agent's {@code --}). An agent that brings its own sandbox gets
 * {@code ownSandboxOff} unless an option of {@code sandboxOptions} already decides: cco's sandbox
 * is the boundary, and a sandbox of the agent's cannot start inside it.
 */
public record ArgumentPolicy(List<String> fullAutonomy, List<String> askWhenItMatters, Set<String> modeOptions, List<String> ownSandboxOff,
        Set<String> sandboxOptions) {

    public ArgumentPolicy {
        fullAutonomy = List.copyOf(fullAutonomy);
        askWhenItMatters = List.copyOf(askWhenItMatters);
        modeOptions = Set.copyOf(modeOptions);
        ownSandboxOff = List.copyOf(ownSandboxOff);
        sandboxOptions = Set.copyOf(sandboxOptions);
    }

    /** An agent cco adds nothing for: it runs as configured, in every mode. */
    public static ArgumentPolicy none() {
        return new ArgumentPolicy(List.of(), List.of(), Set.of(), List.of(), Set.of());
    }

    public List<String> added(AutonomyMode mode, List<String> arguments) {
        List<String> added = new ArrayList<>();
        if (!chooses(arguments, modeOptions)) {
            added.addAll(switch (mode) {
                case FULL -> fullAutonomy;
                case ASK_WHEN_IT_MATTERS -> askWhenItMatters;
                case AS_CONFIGURED -> List.of();
            });
        }
        if (!chooses(added, sandboxOptions) && !chooses(arguments, sandboxOptions)) {
            added.addAll(ownSandboxOff);
        }
        return List.copyOf(added);
    }

    private static boolean chooses(List<String> arguments, Set<String> options) {
        for (String argument : arguments) {
            if (argument.equals("--")) {
                return false;
            }
            String name = argument.startsWith("--") && argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            if (options.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
