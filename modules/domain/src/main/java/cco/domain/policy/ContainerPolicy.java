package cco.domain.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The session's policy as a container sees it: nothing of the host but what is shared on
 * purpose (the project, --add-dir and --allow-readonly shares, the agents' state, cco's cache
 * stores, the Docker socket with --docker), with every rule that narrows a share inside it
 * (denied paths, protected files, code the host runs) kept as it is. The rest of the
 * filesystem is the image's, and the home directory a fresh one of the session's own.
 */
public final class ContainerPolicy {
    private static final Set<RuleOrigin> SHARES = EnumSet.of(RuleOrigin.PROJECT, RuleOrigin.ADD_DIR, RuleOrigin.ALLOW_READONLY,
            RuleOrigin.DOCKER_SOCKET, RuleOrigin.AGENT_STATE, RuleOrigin.AGENT_HOME, RuleOrigin.AGENT_PROJECT_STATE,
            RuleOrigin.AGENT_HOME_USER_FILE, RuleOrigin.AGENT_CREDENTIALS, RuleOrigin.AGENT_EXECUTABLE_CONFIG, RuleOrigin.TOOLCHAIN_CACHE);
    private static final Path ROOT = Path.of("/");

    private ContainerPolicy() {
    }

    public static IsolationPolicy of(IsolationPolicy host, Path home) {
        List<PathRule> shares = host.rules().stream().filter(rule -> SHARES.contains(rule.origin())).toList();
        List<PathRule> rules = new ArrayList<>();
        rules.add(PathRule.existing(ROOT, Access.DENIED, RuleOrigin.HOST));
        rules.add(PathRule.existing(home, Access.PRIVATE, RuleOrigin.PRIVATE_HOME));
        for (PathRule rule : host.rules()) {
            boolean insideAShare = shares.stream().anyMatch(share -> rule.path().startsWith(share.path()));
            // Denied paths outside the shares mount nothing, but a share reached through a link to one must stay hidden.
            if ((insideAShare || rule.access() == Access.DENIED) && !rule.path().equals(ROOT)) {
                rules.add(rule);
            }
        }
        return new IsolationPolicy(rules);
    }
}
