package cco.domain.session;

import cco.domain.backend.BackendSelector;
import cco.domain.policy.IsolationPolicy;
import cco.domain.policy.PolicyFactory;
import cco.domain.policy.SessionLocations;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a validated request into a plan: policy, agent command line, environment, backend. */
public final class SessionPlanner {
    private final PolicyFactory policyFactory;
    private final BackendSelector backendSelector;
    private final Map<String, String> hostEnvironment;

    public SessionPlanner(PolicyFactory policyFactory, BackendSelector backendSelector, Map<String, String> hostEnvironment) {
        this.policyFactory = policyFactory;
        this.backendSelector = backendSelector;
        this.hostEnvironment = Map.copyOf(hostEnvironment);
    }

    public SessionPlan plan(SessionRequest request, SessionLocations locations) {
        boolean codex = request.agent() instanceof Agent.Codex;
        IsolationPolicy policy = policyFactory.create(request.pathOptions(), locations, codex);
        List<EnvAssignment> environment = request.environmentOptions().stream()
                .map(option -> EnvAssignment.parse(option, hostEnvironment))
                .flatMap(Optional::stream)
                .toList();
        List<String> argv = AgentCommandLine.argv(request.agent(), request.agentArguments());
        return new SessionPlan(request, argv, policy, environment, backendSelector.select(request.backend()));
    }
}
