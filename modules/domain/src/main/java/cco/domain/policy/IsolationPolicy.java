package cco.domain.policy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The complete set of path rules of a session. The most specific rule (the longest path that
 * contains the one asked about) decides; among rules for the same path, the later one wins.
 */
public record IsolationPolicy(List<PathRule> rules) {

    public IsolationPolicy {
        rules = List.copyOf(rules);
    }

    public Optional<PathRule> ruleFor(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        PathRule best = null;
        for (PathRule rule : rules) {
            if (rule.covers(normalized)
                    && (best == null || rule.path().getNameCount() >= best.path().getNameCount())) {
                best = rule;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A path no rule covers is denied: the policy is an allowlist. */
    public Access accessOf(Path path) {
        return ruleFor(path).map(PathRule::access).orElse(Access.DENIED);
    }

    /** The host directories the session can write: the project and the read-write shares. */
    public List<Path> writableRoots() {
        return writableRoots(rules);
    }

    static List<Path> writableRoots(List<PathRule> rules) {
        return rules.stream()
                .filter(rule -> rule.access() == Access.READ_WRITE && (rule.origin() == RuleOrigin.PROJECT || rule.origin() == RuleOrigin.ADD_DIR))
                .map(PathRule::path)
                .distinct()
                .toList();
    }

    /** The rules that take effect, one per path (the winner), ordered by path. */
    public List<PathRule> effectiveRules() {
        return rules.stream()
                .filter(rule -> ruleFor(rule.path()).orElseThrow() == rule)
                .sorted(Comparator.comparing(PathRule::path))
                .toList();
    }
}
