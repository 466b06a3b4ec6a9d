package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendChoice;
import cco.domain.backend.BackendKind;
import cco.domain.backend.BackendSelection;
import cco.domain.backend.BackendSelector;
import cco.domain.failure.CcoException;
import cco.domain.path.FakeHostFileSystem;
import cco.domain.path.HostPathResolver;
import cco.domain.policy.Access;
import cco.domain.policy.PathOptions;
import cco.domain.policy.PolicyFactory;
import cco.domain.policy.SessionLocations;
import cco.domain.port.BackendProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionPlannerTest {
    private static final Path HOME = Path.of("/home/ada");
    private static final Path PROJECT = HOME.resolve("project");

    private static BackendProbe usable(BackendKind kind) {
        return new BackendProbe() {
            @Override
            public BackendKind kind() {
                return kind;
            }

            @Override
            public Availability check() {
                return new Availability.Usable("ok");
            }
        };
    }

    private final SessionPlanner planner = new SessionPlanner(
            new PolicyFactory(new HostPathResolver(new FakeHostFileSystem().directory(PROJECT.toString()), HOME, PROJECT)),
            new BackendSelector(usable(BackendKind.BUBBLEWRAP), usable(BackendKind.DOCKER)),
            Map.of("EDITOR", "vim"));

    private static SessionRequest request(Agent agent, BackendChoice backend, DockerOptions docker) {
        return new SessionRequest(agent, List.of("-p", "hi"), backend, PathOptions.none(), List.of("EDITOR", "X=1", "MISSING"),
                docker, false, false);
    }

    @Test
    void aPlanHoldsTheArgvPolicyEnvironmentAndBackend() {
        SessionPlan plan = planner.plan(request(new Agent.Codex(), BackendChoice.AUTO, DockerOptions.none()),
                new SessionLocations(PROJECT, HOME, Optional.empty()));
        assertEquals(List.of("codex", "--dangerously-bypass-approvals-and-sandbox", "-p", "hi"), plan.agentArgv());
        assertEquals(Access.READ_WRITE, plan.policy().accessOf(HOME.resolve(".codex/sessions")));
        assertEquals(List.of(new EnvAssignment("EDITOR", "vim"), new EnvAssignment("X", "1")), plan.environment());
        assertEquals(BackendKind.BUBBLEWRAP, assertInstanceOf(BackendSelection.Selected.class, plan.backend()).kind());
    }

    @Test
    void dockerImageOptionsContradictTheNativeBackend() {
        DockerOptions packages = new DockerOptions(List.of("ripgrep"), false, false);
        assertThrows(CcoException.class, () -> request(new Agent.ClaudeCode(), BackendChoice.NATIVE, packages));
        DockerOptions rebuild = new DockerOptions(List.of(), true, false);
        assertThrows(CcoException.class, () -> request(new Agent.ClaudeCode(), BackendChoice.NATIVE, rebuild));
        request(new Agent.ClaudeCode(), BackendChoice.AUTO, packages);
        request(new Agent.ClaudeCode(), BackendChoice.DOCKER, rebuild);
    }
}
