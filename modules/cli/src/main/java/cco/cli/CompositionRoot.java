package cco.cli;

import cco.adapter.bubblewrap.BubblewrapProbe;
import cco.adapter.credentialfiles.CredentialFilePresence;
import cco.adapter.docker.DockerProbe;
import cco.adapter.seatbelt.SeatbeltProbe;
import cco.domain.backend.BackendSelector;
import cco.domain.credentials.EnvironmentCredentialPresence;
import cco.domain.path.HostPathResolver;
import cco.domain.policy.PolicyFactory;
import cco.domain.policy.SessionLocations;
import cco.domain.port.BackendProbe;
import cco.domain.port.CredentialPresence;
import cco.domain.session.Platform;
import cco.domain.session.SessionPlanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Builds cco's object graph by hand from the host context: no framework, no singletons. */
final class CompositionRoot {
    private final HostContext host;
    private final HostPathResolver resolver;

    CompositionRoot(HostContext host) {
        this.host = host;
        this.resolver = new HostPathResolver(new NioHostFileSystem(), host.home(), host.workingDirectory());
    }

    HostContext host() {
        return host;
    }

    SessionPlanner sessionPlanner() {
        return new SessionPlanner(new PolicyFactory(resolver), new BackendSelector(nativeProbe(), dockerProbe()), host.environment());
    }

    SessionLocations sessionLocations() {
        Path project = resolver.existing(host.workingDirectory().toString(), "project directory");
        Optional<Path> codexHome = Optional.ofNullable(host.environment().get("CODEX_HOME"))
                .filter(value -> !value.isEmpty())
                .map(value -> resolver.possiblyMissing(value, "CODEX_HOME"));
        return new SessionLocations(project, host.home(), codexHome);
    }

    BackendProbe nativeProbe() {
        if (host.platform() == Platform.MACOS) {
            return new SeatbeltProbe(host.platform(), SeatbeltProbe.SANDBOX_EXEC);
        }
        return BubblewrapProbe.searching(host.environment().get("PATH"));
    }

    BackendProbe dockerProbe() {
        return new DockerProbe(host.environment(), host.home());
    }

    List<CredentialPresence> credentialPresences() {
        return List.of(new EnvironmentCredentialPresence(host.environment()), new CredentialFilePresence());
    }
}
