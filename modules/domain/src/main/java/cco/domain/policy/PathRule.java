package cco.domain.policy;

import java.nio.file.Path;

/** One rule of the isolation policy, and what stands in for its path while it does not exist. */
public record PathRule(Path path, Access access, RuleOrigin origin, WhenMissing whenMissing) {

    public PathRule {
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("rule path must be absolute: " + path);
        }
    }

    public static PathRule existing(Path path, Access access, RuleOrigin origin) {
        return new PathRule(path, access, origin, WhenMissing.IGNORE);
    }

    public static PathRule evenIfMissing(Path path, Access access, RuleOrigin origin, WhenMissing whenMissing) {
        return new PathRule(path, access, origin, whenMissing);
    }

    /** True for rules that hold even for a path that does not exist yet. */
    public boolean mayBeMissing() {
        return whenMissing != WhenMissing.IGNORE;
    }

    public boolean covers(Path candidate) {
        return candidate.startsWith(path);
    }
}
