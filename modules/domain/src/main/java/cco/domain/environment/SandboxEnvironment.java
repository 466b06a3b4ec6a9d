package cco.domain.environment;

import cco.domain.failure.CcoException;
import cco.domain.session.EnvAssignment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The environment the agent starts with: the allowlisted host variables, then the project's
 * .env, then the user's -e values (the last word wins). cco's own process never takes the .env.
 */
public final class SandboxEnvironment {
    private SandboxEnvironment() {
    }

    public static Map<String, String> build(Map<String, String> host, Map<String, String> projectEnv,
            List<EnvAssignment> userAssignments, Optional<Path> privateRuntimeDirectory, Predicate<String> agentVariables) {
        Map<String, String> environment = new LinkedHashMap<>();
        host.entrySet().stream()
                .filter(entry -> EnvironmentAllowlist.allows(entry.getKey(), agentVariables))
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> environment.put(entry.getKey(), entry.getValue()));
        privateRuntimeDirectory.ifPresent(dir -> environment.put("XDG_RUNTIME_DIR", dir.toString()));
        environment.putAll(projectEnv);
        for (EnvAssignment assignment : userAssignments) {
            environment.put(assignment.name(), assignment.value());
        }
        environment.forEach(SandboxEnvironment::checkSize);
        return environment;
    }

    private static void checkSize(String name, String value) {
        if (name.length() + 1 + value.length() > EnvFileParser.MAX_ENTRY_BYTES) {
            throw CcoException.usage("the variable " + name + " is longer than the kernel accepts ("
                    + EnvFileParser.MAX_ENTRY_BYTES + " bytes)");
        }
    }
}
