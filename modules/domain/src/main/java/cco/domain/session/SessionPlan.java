package cco.domain.session;

import cco.domain.backend.BackendSelection;
import cco.domain.policy.IsolationPolicy;
import java.util.List;

/** What cco would run, where, and under which policy: the result of planning a session. */
public record SessionPlan(
        SessionRequest request,
        List<String> agentArgv,
        IsolationPolicy policy,
        List<EnvAssignment> environment,
        BackendSelection backend) {

    public SessionPlan {
        agentArgv = List.copyOf(agentArgv);
        environment = List.copyOf(environment);
    }
}
