package cco.domain.policy;

import java.nio.file.Path;

/**
 * One rule of the isolation policy. {@code mayBeMissing} marks rules that must hold even for a
 * path that does not exist yet (protected and denied paths), so that creating it later cannot
 * escape the rule.
 */
public record PathRule(Path path, Access access, RuleOrigin origin, boolean mayBeMissing) {

    public PathRule {
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("rule path must be absolute: " + path);
        }
    }

    public static PathRule existing(Path path, Access access, RuleOrigin origin) {
        return new PathRule(path, access, origin, false);
    }

    public static PathRule evenIfMissing(Path path, Access access, RuleOrigin origin) {
        return new PathRule(path, access, origin, true);
    }

    public boolean covers(Path candidate) {
        return candidate.startsWith(path);
    }
}
