package cco.domain.session;

import cco.domain.backend.BackendKind;
import cco.domain.backend.BackendSelection;
import cco.domain.policy.CacheView;
import cco.domain.policy.IsolationPolicy;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What cco would run, where, with which environment and under which policy, and which toolchain caches it gets. */
public record SessionPlan(
        SessionRequest request,
        List<String> agentArgv,
        Optional<Path> agentProgram,
        IsolationPolicy policy,
        Map<String, String> environment,
        List<String> warnings,
        BackendSelection backend,
        List<CacheView> caches) {

    public SessionPlan {
        agentArgv = List.copyOf(agentArgv);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        warnings = List.copyOf(warnings);
        caches = List.copyOf(caches);
    }

    /** The agent is missing where it would run: on the host's PATH, unless the session runs in cco's image, which brings its own. */
    public boolean agentMissing() {
        return agentProgram.isEmpty() && !(backend instanceof BackendSelection.Selected selected && selected.kind() == BackendKind.DOCKER);
    }
}
