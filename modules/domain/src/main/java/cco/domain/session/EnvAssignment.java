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
        if (!NAME.matcher(name).matches()) {
            throw CcoException.usage("--env: not a valid variable name: '" + name + "'");
        }
        if (name.startsWith(LAUNCHER_NAMESPACE)) {
            throw CcoException.usage("--env: names starting with " + LAUNCHER_NAMESPACE + " are reserved for cco: '" + name + "'");
        }
    }

    /** Empty when a bare {@code KEY} is not set on the host: there is nothing to pass. */
    public static Optional<EnvAssignment> parse(String option, Map<String, String> hostEnvironment) {
        int equals = option.indexOf('=');
        if (equals >= 0) {
            return Optional.of(new EnvAssignment(option.substring(0, equals), option.substring(equals + 1)));
        }
        String hostValue = hostEnvironment.get(option);
        EnvAssignment named = new EnvAssignment(option, hostValue == null ? "" : hostValue);
        return hostValue == null ? Optional.empty() : Optional.of(named);
    }
}
