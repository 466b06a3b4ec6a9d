package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.agent.AutonomyMode;
import cco.domain.agent.KnownAgents;
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
import cco.domain.port.JsonDocuments;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionPlannerTest {
    private static final Path HOME = Path.of("/home/ada");
    private static final Path PROJECT = HOME.resolve("project");
    private static final Map<String, String> HOST = Map.of("EDITOR", "vim", "PATH", "/usr/bin:relative", "HOME", "/home/ada",
            "SSH_AUTH_SOCK", "/tmp/ssh-x/agent.1", "ANTHROPIC_API_KEY", "sk-test", "DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1/bus",
            "LC_ALL", "C.UTF-8", "TMPDIR", "/tmp/x");

    /** The settings documents these tests write, by their text. */
    private static final Map<String, Object> SETTINGS = Map.of(
            "auto", Map.of("permissions", Map.of("defaultMode", "auto")),
            "default", Map.of("permissions", Map.of("defaultMode", "default")));
    private static final JsonDocuments JSON = text -> Optional.ofNullable(SETTINGS.get(text));

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

    private final FakeHostFileSystem fs = new FakeHostFileSystem().directory(PROJECT.toString())
            .executable("/usr/bin/codex").executable("/usr/bin/claude");

    private SessionPlanner planner() {
        return new SessionPlanner(new PolicyFactory(new HostPathResolver(fs, HOME, PROJECT), fs),
                new BackendSelector(usable(BackendKind.BUBBLEWRAP), usable(BackendKind.DOCKER)), fs, JSON, HOST);
    }

    private static SessionRequest request(Agent agent, BackendChoice backend, DockerOptions docker) {
        return new SessionRequest(agent, List.of("-p", "hi"), backend, PathOptions.none(), List.of("EDITOR", "X=1", "MISSING"),
                docker, false, false, NetworkAccess.HOST);
    }

    @Test
    void aPlanHoldsTheArgvPolicyEnvironmentAndBackend() {
        SessionPlan plan = planner().plan(request(new Agent.Known(KnownAgents.CODEX, AutonomyMode.FULL), BackendChoice.AUTO, DockerOptions.none()), SessionLocations.of(PROJECT, HOME));
        assertEquals(List.of("codex", "--dangerously-bypass-approvals-and-sandbox", "-p", "hi"), plan.agentArgv());
        assertEquals(Optional.of(Path.of("/usr/bin/codex")), plan.agentProgram());
        assertEquals(Access.PRIVATE, plan.policy().accessOf(HOME.resolve(".codex/sessions")));
        assertEquals("vim", plan.environment().get("EDITOR"));
        assertEquals("1", plan.environment().get("X"));
        assertFalse(plan.environment().containsKey("MISSING"));
        assertEquals(BackendKind.BUBBLEWRAP, assertInstanceOf(BackendSelection.Selected.class, plan.backend()).kind());
    }

    @Test
    void theSandboxEnvironmentIsAnAllowlist() {
        SessionPlan plan = planner().plan(request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.AUTO, DockerOptions.none()),
                new SessionLocations(PROJECT, HOME, Map.of(), Optional.of(Path.of("/run/user/1")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        Map<String, String> env = plan.environment();
        assertEquals("sk-test", env.get("ANTHROPIC_API_KEY"));
        assertEquals("C.UTF-8", env.get("LC_ALL"));
        assertEquals("/run/user/1", env.get("XDG_RUNTIME_DIR"));
        for (String hidden : List.of("SSH_AUTH_SOCK", "DBUS_SESSION_BUS_ADDRESS", "TMPDIR")) {
            assertFalse(env.containsKey(hidden), hidden);
        }
    }

    @Test
    void theProjectEnvFileReachesTheSandboxButNotItsRefusedVariables() {
        fs.file(PROJECT.resolve(".env").toString(), "DATABASE_URL=postgres://x\nLD_PRELOAD=/tmp/evil.so\nHTTPS_PROXY=http://127.0.0.1:9\n");
        SessionPlan plan = planner().plan(request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.AUTO, DockerOptions.none()), SessionLocations.of(PROJECT, HOME));
        assertEquals("postgres://x", plan.environment().get("DATABASE_URL"));
        assertFalse(plan.environment().containsKey("LD_PRELOAD"));
        assertFalse(plan.environment().containsKey("HTTPS_PROXY"));
        assertEquals(2, plan.warnings().size(), String.valueOf(plan.warnings()));
        assertTrue(plan.warnings().get(0).contains("LD_PRELOAD refused"), plan.warnings().get(0));
    }

    @Test
    void anEnvFileThatIsALinkIsNotReadAndTheUserIsTold() {
        fs.file(HOME.resolve(".aws/credentials").toString(), "AWS_SECRET_ACCESS_KEY=host-secret\n")
                .symlink(PROJECT.resolve(".env").toString(), HOME.resolve(".aws/credentials").toString());
        SessionPlan plan = planner().plan(request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.AUTO, DockerOptions.none()), SessionLocations.of(PROJECT, HOME));
        assertFalse(plan.environment().containsKey("AWS_SECRET_ACCESS_KEY"));
        assertTrue(plan.warnings().getFirst().contains(".env not read: it is a symbolic link"), String.valueOf(plan.warnings()));
    }

    @Test
    void aDeniedEnvFileIsNotReadForTheSandbox() {
        fs.file(PROJECT.resolve(".env").toString(), "TOKEN=secret\n");
        SessionRequest denied = new SessionRequest(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), List.of(), BackendChoice.AUTO,
                new PathOptions(false, List.of(), List.of(), List.of(".env")), List.of(), DockerOptions.none(), false, false, NetworkAccess.HOST);
        assertFalse(planner().plan(denied, SessionLocations.of(PROJECT, HOME)).environment().containsKey("TOKEN"));
        assertEquals("secret", planner().plan(request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.AUTO, DockerOptions.none()),
                SessionLocations.of(PROJECT, HOME)).environment().get("TOKEN"), "positive control: read when not denied");
    }

    @Test
    void sharingTheHomeDirectoryReadWriteWarnsOnce() {
        SessionRequest home = new SessionRequest(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), List.of(), BackendChoice.AUTO,
                new PathOptions(false, List.of("~", "~/project"), List.of(), List.of()), List.of(), DockerOptions.none(), false, false, NetworkAccess.HOST);
        List<String> warnings = planner().plan(home, SessionLocations.of(PROJECT, HOME)).warnings();
        assertEquals(1, warnings.size(), String.valueOf(warnings));
        assertTrue(warnings.getFirst().contains("can write your home directory"), warnings.getFirst());
        assertEquals(List.of(), planner().plan(request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.AUTO, DockerOptions.none()),
                SessionLocations.of(PROJECT, HOME)).warnings(), "positive control");
    }

    @Test
    void backgroundTasksCanBeTurnedOffAndDockerSharedWithAWarning() {
        SessionPlan plan = planner().plan(new SessionRequest(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), List.of(), BackendChoice.AUTO, PathOptions.none(),
                List.of(), new DockerOptions(List.of(), false, true, Optional.empty()), false, true, NetworkAccess.HOST),
                new SessionLocations(PROJECT, HOME, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(Path.of("/run/docker.sock"))));
        assertEquals("1", plan.environment().get("CLAUDE_CODE_DISABLE_BACKGROUND_TASKS"));
        assertEquals("unix:///run/docker.sock", plan.environment().get("DOCKER_HOST"));
        assertEquals(Access.READ_WRITE, plan.policy().accessOf(Path.of("/run/docker.sock")));
        assertTrue(plan.warnings().getFirst().contains("defeats its isolation"));
    }

    @Test
    void aMissingAgentIsReportedInThePlan() {
        SessionPlan plan = planner().plan(new SessionRequest(new Agent.Command("no-such-tool"), List.of(), BackendChoice.AUTO,
                PathOptions.none(), List.of(), DockerOptions.none(), false, false, NetworkAccess.HOST), SessionLocations.of(PROJECT, HOME));
        assertEquals(Optional.empty(), plan.agentProgram());
        assertTrue(plan.agentMissing(), "a native session runs the host's programs");
        assertFalse(planner().plan(request(new Agent.Command("no-such-tool"), BackendChoice.DOCKER, DockerOptions.none()), SessionLocations.of(PROJECT, HOME))
                .agentMissing(), "cco's image brings its own agents: the host's PATH does not matter");
    }

    @Test
    void dockerImageOptionsContradictTheNativeBackend() {
        DockerOptions packages = new DockerOptions(List.of("ripgrep"), false, false, Optional.empty());
        assertThrows(CcoException.class, () -> request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.NATIVE, packages));
        DockerOptions rebuild = new DockerOptions(List.of(), true, false, Optional.empty());
        assertThrows(CcoException.class, () -> request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.NATIVE, rebuild));
        request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.AUTO, packages);
        request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.DOCKER, rebuild);
    }

    private List<String> claudesArgv(Agent agent) {
        return planner().plan(new SessionRequest(agent, List.of("-p", "hi"), BackendChoice.AUTO, PathOptions.none(), List.of(), DockerOptions.none(),
                false, false, NetworkAccess.HOST), SessionLocations.of(PROJECT, HOME)).agentArgv();
    }

    @Test
    void claudeGetsNoBypassWhenItsSettingsAlreadyChooseAutoMode() {
        Agent.Known claude = new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL);
        assertEquals(List.of("claude", "--dangerously-skip-permissions", "-p", "hi"), claudesArgv(claude), "positive control: no settings");
        fs.file(HOME.resolve(".claude/settings.json").toString(), "default");
        assertEquals(List.of("claude", "--dangerously-skip-permissions", "-p", "hi"), claudesArgv(claude), "another mode");
        fs.file(HOME.resolve(".claude/settings.json").toString(), "auto");
        assertEquals(List.of("claude", "-p", "hi"), claudesArgv(claude), "the user's settings");
        fs.file(PROJECT.resolve(".claude/settings.local.json").toString(), "default");
        assertEquals(List.of("claude", "--dangerously-skip-permissions", "-p", "hi"), claudesArgv(claude), "the project's local settings come first");
        fs.file(PROJECT.resolve(".claude/settings.local.json").toString(), "auto");
        fs.file(HOME.resolve(".claude/settings.json").toString(), "not json");
        assertEquals(List.of("claude", "-p", "hi"), claudesArgv(claude), "the project's local settings");
        assertEquals(List.of("claude", "--permission-mode", "auto", "-p", "hi"), claudesArgv(claude.inMode(AutonomyMode.ASK_WHEN_IT_MATTERS)));
    }

    @Test
    void theProjectsSharedSettingsComeBetweenItsLocalOnesAndTheUsers() {
        Agent.Known claude = new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL);
        fs.file(HOME.resolve(".claude/settings.json").toString(), "default");
        fs.file(PROJECT.resolve(".claude/settings.json").toString(), "auto");
        assertEquals(List.of("claude", "-p", "hi"), claudesArgv(claude), "the team's shared settings choose auto mode");
        fs.file(PROJECT.resolve(".claude/settings.local.json").toString(), "default");
        assertEquals(List.of("claude", "--dangerously-skip-permissions", "-p", "hi"), claudesArgv(claude), "the local ones come first");
    }

    @Test
    void noAgentStartsASandboxOfItsOwnAndEveryAgentsKeysPass() {
        Map<String, String> host = new java.util.HashMap<>(HOST);
        host.putAll(Map.of("GEMINI_API_KEY", "g", "GEMINI_SANDBOX", "docker", "OPENROUTER_API_KEY", "o", "FACTORY_API_KEY", "f",
                "PI_CODING_AGENT_DIR", "/home/ada/pi", "AWS_SECRET_ACCESS_KEY", "never"));
        SessionPlanner planner = new SessionPlanner(new PolicyFactory(new HostPathResolver(fs, HOME, PROJECT), fs),
                new BackendSelector(usable(BackendKind.BUBBLEWRAP), usable(BackendKind.DOCKER)), fs, JSON, host);
        Map<String, String> env = planner.plan(request(new Agent.Shell(), BackendChoice.AUTO, DockerOptions.none()),
                SessionLocations.of(PROJECT, HOME)).environment();
        assertEquals("false", env.get("GEMINI_SANDBOX"));
        for (String passed : List.of("GEMINI_API_KEY", "OPENROUTER_API_KEY", "FACTORY_API_KEY", "PI_CODING_AGENT_DIR", "ANTHROPIC_API_KEY")) {
            assertEquals(host.get(passed), env.get(passed), passed);
        }
        assertFalse(env.containsKey("AWS_SECRET_ACCESS_KEY"));
    }

    /** A known agent's session gets that agent's keys only: another agent's stay on the host. */
    @Test
    void anAgentsSessionGetsItsOwnKeysOnly() {
        Map<String, String> host = new java.util.HashMap<>(HOST);
        host.putAll(Map.of("GEMINI_API_KEY", "g", "OPENROUTER_API_KEY", "o", "OPENAI_API_KEY", "sk-o"));
        SessionPlanner planner = new SessionPlanner(new PolicyFactory(new HostPathResolver(fs, HOME, PROJECT), fs),
                new BackendSelector(usable(BackendKind.BUBBLEWRAP), usable(BackendKind.DOCKER)), fs, JSON, host);
        Map<String, String> claude = planner.plan(request(new Agent.Known(KnownAgents.CLAUDE, AutonomyMode.FULL), BackendChoice.AUTO,
                DockerOptions.none()), SessionLocations.of(PROJECT, HOME)).environment();
        assertEquals(host.get("ANTHROPIC_API_KEY"), claude.get("ANTHROPIC_API_KEY"), "positive control: Claude's own key");
        for (String other : List.of("GEMINI_API_KEY", "OPENROUTER_API_KEY", "OPENAI_API_KEY")) {
            assertFalse(claude.containsKey(other), other);
        }
        Map<String, String> gemini = planner.plan(request(new Agent.Known(KnownAgents.GEMINI, AutonomyMode.FULL), BackendChoice.AUTO,
                DockerOptions.none()), SessionLocations.of(PROJECT, HOME)).environment();
        assertEquals("g", gemini.get("GEMINI_API_KEY"));
        assertFalse(gemini.containsKey("ANTHROPIC_API_KEY"));
    }
}
