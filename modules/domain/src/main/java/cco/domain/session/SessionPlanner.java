package cco.domain.session;

import cco.domain.backend.BackendSelector;
import cco.domain.environment.EnvFileParser;
import cco.domain.environment.SandboxEnvironment;
import cco.domain.policy.Access;
import cco.domain.agent.AutonomyMode;
import cco.domain.agent.KnownAgents;
import cco.domain.policy.AgentHomes;
import cco.domain.policy.CacheView;
import cco.domain.policy.ToolchainCaches;
import cco.domain.path.HostPathResolver;
import cco.domain.policy.IsolationPolicy;
import cco.domain.policy.PolicyFactory;
import cco.domain.policy.SessionLocations;
import cco.domain.port.HostFileSystem;
import cco.domain.port.JsonDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Turns a validated request into a plan: policy, agent command line, environment, backend. */
public final class SessionPlanner {
    private final PolicyFactory policyFactory;
    private final BackendSelector backendSelector;
    private final HostFileSystem fileSystem;
    private final JsonDocuments json;
    private final Map<String, String> hostEnvironment;

    public SessionPlanner(PolicyFactory policyFactory, BackendSelector backendSelector, HostFileSystem fileSystem, JsonDocuments json,
            Map<String, String> hostEnvironment) {
        this.policyFactory = policyFactory;
        this.backendSelector = backendSelector;
        this.fileSystem = fileSystem;
        this.json = json;
        this.hostEnvironment = Map.copyOf(hostEnvironment);
    }

    public SessionPlan plan(SessionRequest request, SessionLocations locations) {
        boolean dockerSocket = request.dockerOptions().shareDockerSocket();
        HostPathResolver resolver = new HostPathResolver(fileSystem, locations.home(), locations.project());
        List<CacheView> caches = ToolchainCaches.of(locations.home(), hostEnvironment, ToolchainCaches.stores(locations.home(), hostEnvironment),
                fileSystem, path -> resolver.possiblyMissing(path.toString(), "a toolchain cache"));
        IsolationPolicy policy = policyFactory.create(request.pathOptions(), locations, request.agent().state(), request.allowOauthRefresh(), dockerSocket,
                caches);
        Agent agent = withClaudesOwnMode(request.agent(), locations);
        List<EnvAssignment> assignments = request.environmentOptions().stream()
                .map(option -> EnvAssignment.parse(option, hostEnvironment))
                .flatMap(Optional::stream)
                .toList();
        List<String> warnings = new ArrayList<>();
        if (writableRootContains(policy, locations.home())) {
            warnings.add("the session can write your home directory " + locations.home() + ": shell start-up files, ~/.ssh, "
                    + "credentials and other files the host runs code from stay read-only (cco --dry-run lists them), the rest does not");
        }
        if (dockerSocket) {
            warnings.add("--docker gives the sandbox the host's Docker socket, which defeats its isolation");
        }
        Map<String, String> projectEnv = projectEnvironment(locations.project().resolve(".env"), policy, warnings);
        List<EnvAssignment> ccoAssignments = new ArrayList<>();
        if (request.disableBackgroundTasks()) {
            ccoAssignments.add(new EnvAssignment("CLAUDE_CODE_DISABLE_BACKGROUND_TASKS", "1"));
        }
        if (dockerSocket) {
            locations.dockerSocket().ifPresent(socket -> ccoAssignments.add(new EnvAssignment("DOCKER_HOST", "unix://" + socket)));
        }
        // Any agent may run in a session (a shell, a script): none of them starts a sandbox of its own inside cco's.
        KnownAgents.ALL.forEach(known -> known.sessionEnvironment().forEach((name, value) -> ccoAssignments.add(new EnvAssignment(name, value))));
        if (request.agent().state().equals(Optional.of(KnownAgents.CLAUDE))) {
            // Claude's configuration file then lives in its private home, where Claude can lock and replace it (ADR 0021).
            ccoAssignments.add(new EnvAssignment("CLAUDE_CONFIG_DIR", AgentHomes.claudeHome(locations).toString()));
        }
        ccoAssignments.addAll(assignments);
        Predicate<String> agentVariables = request.agent() instanceof Agent.Known known ? known.profile()::passes : KnownAgents::passes;
        Map<String, String> environment = SandboxEnvironment.build(hostEnvironment, projectEnv, ccoAssignments, locations.runtimeDirectory(),
                agentVariables);
        List<String> argv = AgentCommandLine.argv(agent, request.agentArguments());
        if (request.agent() instanceof Agent.Shell) {
            argv = withAvailableShell(argv, environment, locations.project());
        }
        Optional<Path> program = ProgramLocator.locate(argv.getFirst(), environment.get("PATH"), locations.project(), fileSystem);
        return new SessionPlan(request, argv, program, policy, environment, warnings, backendSelector.select(request.backend()), caches);
    }

    /** Claude in full autonomy runs as its settings say when they already choose its auto mode. */
    private Agent withClaudesOwnMode(Agent agent, SessionLocations locations) {
        if (!(agent instanceof Agent.Known known && known.profile().equals(KnownAgents.CLAUDE) && known.mode() == AutonomyMode.FULL)) {
            return agent;
        }
        Path userSettings = AgentHomes.claudeHome(locations).resolve("settings.json");
        // Claude's own order: the project's local file, the project's shared one, the user's. The project's are read as they are (a
        // link there is refused); the user's through their links (dotfile managers).
        List<Path> settings = List.of(locations.project().resolve(".claude/settings.local.json"), locations.project().resolve(".claude/settings.json"),
                fileSystem.realPath(userSettings).orElse(userSettings));
        return ClaudeSettingsMode.choosesAuto(settings, fileSystem, json) ? known.inMode(AutonomyMode.AS_CONFIGURED) : agent;
    }

    /** The user's $SHELL for an interactive shell, else bash, else sh: the first the sandbox has. */
    private List<String> withAvailableShell(List<String> argv, Map<String, String> environment, Path project) {
        List<String> candidates = new ArrayList<>();
        if (argv.size() == 1) {
            Optional.ofNullable(environment.get("SHELL")).filter(shell -> !shell.isBlank()).ifPresent(candidates::add);
        }
        candidates.addAll(List.of("bash", "sh"));
        List<String> chosen = new ArrayList<>(argv);
        candidates.stream().filter(shell -> ProgramLocator.locate(shell, environment.get("PATH"), project, fileSystem).isPresent()).findFirst()
                .ifPresent(shell -> chosen.set(0, shell));
        return List.copyOf(chosen);
    }

    private static boolean writableRootContains(IsolationPolicy policy, Path home) {
        return policy.writableRoots().stream().anyMatch(home::startsWith);
    }

    /**
     * The project's .env, read by cco for the sandbox, so never anything the sandbox could not
     * read itself: not a denied path, not a link or another name of some other file.
     */
    private Map<String, String> projectEnvironment(Path envFile, IsolationPolicy policy, List<String> warnings) {
        if (policy.accessOf(envFile) == Access.DENIED) {
            return Map.of();
        }
        return switch (fileSystem.readOwnFile(envFile, EnvFileParser.MAX_FILE_BYTES)) {
            case HostFileSystem.FileRead.Missing missing -> Map.of();
            case HostFileSystem.FileRead.Refused refused -> {
                warnings.add(".env not read: " + refused.reason());
                yield Map.of();
            }
            case HostFileSystem.FileRead.Text text -> {
                EnvFileParser.Result parsed = EnvFileParser.parse(text.content());
                warnings.addAll(parsed.warnings());
                yield parsed.variables();
            }
        };
    }
}
