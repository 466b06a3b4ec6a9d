package cco.domain.session;

import cco.domain.failure.CcoException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A variable set inside the sandbox with {@code -e KEY=VAL} or {@code -e KEY} (the host's value). */
public record EnvAssignment(String name, String value) {
    /** cco's launcher names its own variables so; no environment it passes on may use the prefix. */
    public static final String LAUNCHER_NAMESPACE = "_cco_";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public EnvAssignment {
        problemWithName(name).ifPresent(problem -> {
            throw CcoException.usage("--env: " + problem);
        });
    }

    /** Why {@code name} cannot be set in a sandbox, if it cannot. */
    public static Optional<String> problemWithName(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.of("not a valid variable name: '" + name + "'");
        }
        if (name.startsWith(LAUNCHER_NAMESPACE)) {
            return Optional.of("names starting with " + LAUNCHER_NAMESPACE + " are reserved for cco: '" + name + "'");
        }
        return Optional.empty();
    }

    /** The name an option {@code KEY} or {@code KEY=VAL} sets. */
    public static String nameIn(String option) {
        int equals = option.indexOf('=');
        return equals >= 0 ? option.substring(0, equals) : option;
    }

    /** Empty when a bare {@code KEY} is not set on the host: there is nothing to pass. */
    public static Optional<EnvAssignment> parse(String option, Map<String, String> hostEnvironment) {
        String name = nameIn(option);
        if (name.length() < option.length()) {
            return Optional.of(new EnvAssignment(name, option.substring(name.length() + 1)));
        }
        String hostValue = hostEnvironment.get(option);
        EnvAssignment named = new EnvAssignment(option, hostValue == null ? "" : hostValue);
        return hostValue == null ? Optional.empty() : Optional.of(named);
    }
}
