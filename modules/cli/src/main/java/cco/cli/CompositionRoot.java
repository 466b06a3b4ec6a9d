package cco.cli;

import cco.adapter.agentstate.ClaudeStateVault;
import cco.adapter.agentstate.JacksonDocuments;
import cco.adapter.bubblewrap.BubblewrapProbe;
import cco.adapter.bubblewrap.BubblewrapSandbox;
import cco.adapter.credentialfiles.CredentialBackupDirectory;
import cco.adapter.credentialfiles.CredentialFiles;
import cco.adapter.docker.DockerEngine;
import cco.adapter.docker.HostCertificates;
import cco.adapter.docker.DockerProbe;
import cco.adapter.docker.DockerSandbox;
import cco.adapter.hostfiles.CacheStores;
import cco.adapter.hostfiles.FileStandIns;
import cco.adapter.hostfiles.GitDirectoryAudit;
import cco.adapter.hostfiles.NioHostFileSystem;
import cco.adapter.hostfiles.QuarantineDirectory;
import cco.adapter.hostfiles.StateDirectorySessions;
import cco.adapter.installation.InstalledBundles;
import cco.adapter.installation.HostReleaseSources;
import cco.adapter.seatbelt.SeatbeltProbe;
import cco.adapter.terminal.NativeTerminal;
import cco.domain.backend.BackendKind;
import cco.domain.backend.BackendSelector;
import cco.domain.credentials.CredentialOwner;
import cco.domain.credentials.CredentialRefresh;
import cco.domain.credentials.EnvironmentCredentialPresence;
import cco.domain.lifecycle.SessionLifecycle;
import cco.domain.lifecycle.SessionStart;
import cco.domain.path.HostPathResolver;
import cco.domain.policy.PolicyFactory;
import cco.domain.policy.SessionLocations;
import cco.domain.port.AgentStateVault;
import cco.domain.port.BackendProbe;
import cco.domain.agent.KnownAgents;
import cco.domain.policy.AgentHomes;
import cco.domain.port.CredentialBackups;
import cco.domain.port.CredentialPresence;
import cco.domain.port.CredentialStore;
import cco.domain.port.HostFileSystem;
import cco.domain.port.SandboxBackend;
import cco.domain.port.Quarantine;
import cco.domain.port.SessionRegistry;
import cco.domain.session.Platform;
import cco.domain.session.SessionPlanner;
import cco.domain.update.ReleaseArchive;
import cco.domain.update.SelfUpdate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Builds cco's object graph by hand from the host context: no framework, no singletons. */
final class CompositionRoot {
    private static final Path RESOLV_CONF = Path.of("/etc/resolv.conf");

    private final HostContext host;
    private final NioHostFileSystem fileSystem = new NioHostFileSystem();
    private final HostPathResolver resolver;
    private final DockerEngine dockerEngine;
    private SessionLocations locations;

    CompositionRoot(HostContext host) {
        this.host = host;
        this.resolver = new HostPathResolver(fileSystem, host.home(), host.workingDirectory());
        this.dockerEngine = new DockerEngine(host.environment(), host.home());
    }

    HostContext host() {
        return host;
    }

    HostFileSystem fileSystem() {
        return fileSystem;
    }

    SessionPlanner sessionPlanner() {
        return new SessionPlanner(new PolicyFactory(resolver, fileSystem), new BackendSelector(nativeProbe(), dockerProbe()), fileSystem,
                new JacksonDocuments(), host.environment());
    }

    /** Resolved once: the session's start and the credentials' store both need them. */
    SessionLocations sessionLocations() {
        if (locations == null) {
            locations = resolveLocations();
        }
        return locations;
    }

    private SessionLocations resolveLocations() {
        Path project = resolver.existing(host.workingDirectory().toString(), "project directory");
        return new SessionLocations(project, fileSystem.realPath(host.home()).orElse(host.home()),
                movedAgentDirectories(),
                existingRealPathOfVariable("XDG_RUNTIME_DIR"),
                fileSystem.realPath(RESOLV_CONF),
                host.installation().flatMap(fileSystem::realPath).map(CompositionRoot::installationRoot),
                Optional.of(stateDirectory()),
                Optional.of(configurationFiles().userFile().getParent()),
                Optional.of(credentialBackupsDirectory()),
                dockerSocket());
    }

    /** An installed bundle lives in .../cco/VERSION beside the other versions and the 'current' link: protect them all. */
    private static Path installationRoot(Path bundle) {
        Path parent = bundle.getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("cco") ? parent : bundle;
    }

    /** The variables that move agents' directories, as the user typed them, resolved as paths. */
    private Map<String, Path> movedAgentDirectories() {
        Map<String, Path> moved = new TreeMap<>();
        KnownAgents.movingVariables().forEach((variable, location) -> Optional.ofNullable(host.environment().get(variable))
                .filter(value -> !value.isEmpty())
                .ifPresent(value -> moved.put(variable, resolver.possiblyMissing(location.typedPath(value), variable))));
        return moved;
    }

    private Optional<Path> existingRealPathOfVariable(String name) {
        return Optional.ofNullable(host.environment().get(name))
                .filter(value -> !value.isEmpty())
                .flatMap(value -> fileSystem.realPath(Path.of(value)).filter(Path::isAbsolute));
    }

    /** The native terminal layer, or empty after a warning saying why it cannot load. */
    Optional<NativeTerminal> nativeTerminal() {
        return NativeTerminal.load(host.platform(), reason -> host.err().println("cco: warning: " + DisplayText.of(reason)
                + "; the agent uses your terminal directly (--pty ignored)"));
    }

    BackendProbe nativeProbe() {
        if (host.platform() == Platform.MACOS) {
            return new SeatbeltProbe(host.platform(), SeatbeltProbe.SANDBOX_EXEC);
        }
        return BubblewrapProbe.searching(fileSystem, host.environment().get("PATH"), host.environment().get("XDG_CACHE_HOME"), host.home());
    }

    BackendProbe dockerProbe() {
        return new DockerProbe(dockerEngine);
    }

    /** The sandbox this version can run for a backend, if any. */
    Optional<SandboxBackend> sandboxBackend(BackendKind kind) {
        return switch (kind) {
            case BUBBLEWRAP -> Optional.of(new BubblewrapSandbox(fileSystem, host.environment().get("PATH"), host.osArch()));
            case DOCKER -> Optional.of(new DockerSandbox(fileSystem, dockerEngine, host.platform(),
                    System.getProperty("user.name", "user")));
            default -> Optional.empty();
        };
    }

    /** The one Docker daemon contact of this process, which the probe and the session share. */
    DockerEngine dockerEngine() {
        return dockerEngine;
    }

    /** The host's Docker socket, for --docker: DOCKER_HOST if it is a unix socket, else the system daemon's. */
    private Optional<Path> dockerSocket() {
        String dockerHost = host.environment().getOrDefault("DOCKER_HOST", "");
        Path socket = dockerHost.startsWith("unix://") ? Path.of(dockerHost.substring("unix://".length())) : Path.of("/var/run/docker.sock");
        return socket.isAbsolute() ? fileSystem.realPath(socket) : Optional.empty();
    }

    /** cco's own state: $XDG_STATE_HOME/cco, or ~/.local/state/cco. */
    Path stateDirectory() {
        String xdgState = host.environment().get("XDG_STATE_HOME");
        Path base = xdgState != null && xdgState.startsWith("/") ? Path.of(xdgState) : host.home().resolve(".local/state");
        return fileSystem.realPath(base).orElse(base).resolve("cco");
    }

    /** $XDG_CACHE_HOME (when absolute) or ~/.cache, as the launcher reads it. */
    AutoBackendHint autoBackendHint() {
        String xdgCache = host.environment().getOrDefault("XDG_CACHE_HOME", "");
        return new AutoBackendHint(xdgCache.startsWith("/") ? Path.of(xdgCache) : host.home().resolve(".cache"));
    }

    AgentStateVault agentStateVault() {
        return new ClaudeStateVault(stateDirectory());
    }

    SessionRegistry sessionRegistry() {
        return new StateDirectorySessions(stateDirectory());
    }

    CacheStores cacheStores() {
        return new CacheStores();
    }

    Quarantine quarantine() {
        return new QuarantineDirectory(stateDirectory().resolve("quarantine"));
    }

    ConfigurationFiles configurationFiles() {
        return new ConfigurationFiles(host, resolver);
    }

    HostPathResolver pathResolver() {
        return resolver;
    }

    /** One quarantine directory for everything a finishing session leaves. */
    SessionLifecycle sessionLifecycle(SessionRegistry registry) {
        Quarantine quarantine = quarantine();
        return new SessionLifecycle(registry, new FileStandIns(), quarantine, new GitDirectoryAudit(quarantine), agentStateVault(), credentialRefresh());
    }

    /** Notices of the session's start and end go to stderr, as "cco: ..." lines. */
    SessionStart sessionStart() {
        SessionRegistry registry = sessionRegistry();
        return new SessionStart(registry, sessionLifecycle(registry), agentStateVault(), new FileStandIns(), credentialRefresh(),
                line -> host.err().println("cco: " + DisplayText.of(line)));
    }

    CredentialRefresh credentialRefresh() {
        Clock clock = Clock.systemUTC();
        return new CredentialRefresh(credentialStore(), credentialBackups(clock), clock);
    }

    CredentialStore credentialStore() {
        SessionLocations locations = sessionLocations();
        Map<CredentialOwner, Path> files = new EnumMap<>(CredentialOwner.class);
        for (CredentialOwner owner : CredentialOwner.values()) {
            files.put(owner, owner.file(locations));
        }
        return new CredentialFiles(files, AgentHomes.claudeConfigurationFile(locations), stateDirectory().resolve("credentials.lock"));
    }

    CredentialBackups credentialBackups(Clock clock) {
        return new CredentialBackupDirectory(credentialBackupsDirectory(), clock);
    }

    /** $XDG_DATA_HOME/cco/backups, or ~/.local/share/cco/backups. */
    private Path credentialBackupsDirectory() {
        String xdgData = host.environment().getOrDefault("XDG_DATA_HOME", "");
        Path base = xdgData.startsWith("/") ? Path.of(xdgData) : host.home().resolve(".local/share");
        return base.resolve("cco/backups");
    }

    /** The running bundle's installation; CCO_UPDATE_NO_TRAINING=1 skips the AOT training (tests). */
    SelfUpdate selfUpdate(Consumer<String> progress) {
        return new SelfUpdate(new InstalledBundles(host.installation()), new HostReleaseSources(HostCertificates.installed(host.environment()).values()), ReleaseArchive.architectureOf(host.osArch()),
                !"1".equals(host.environment().get("CCO_UPDATE_NO_TRAINING")), progress);
    }

    List<CredentialPresence> credentialPresences() {
        return List.of(new EnvironmentCredentialPresence(host.environment()));
    }
}
