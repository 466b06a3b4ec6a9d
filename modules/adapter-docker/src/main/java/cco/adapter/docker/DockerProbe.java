package cco.adapter.docker;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendKind;
import cco.domain.port.BackendProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a Docker daemon that answers, trying each known socket and reporting every failure. */
public final class DockerProbe implements BackendProbe {
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);

    private final Map<String, String> environment;
    private final Path home;

    public DockerProbe(Map<String, String> environment, Path home) {
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    @Override
    public BackendKind kind() {
        return BackendKind.DOCKER;
    }

    @Override
    public Availability check() {
        Optional<List<DockerEndpoint>> candidates = DockerEndpoints.candidates(environment, home);
        if (candidates.isEmpty()) {
            return new Availability.Unusable("DOCKER_HOST=" + environment.get("DOCKER_HOST") + " is not a unix socket",
                    "point DOCKER_HOST at the daemon's unix socket (unix:///var/run/docker.sock)");
        }
        List<String> failures = new ArrayList<>();
        for (DockerEndpoint endpoint : candidates.get()) {
            Path socket = endpoint.socket();
            if (!Files.exists(socket)) {
                failures.add(socket + " (" + endpoint.origin() + "): no socket");
                continue;
            }
            try {
                EnginePing.Answer answer = EnginePing.ping(socket, PING_TIMEOUT);
                if (answer.status() == 200) {
                    return new Availability.Usable("Docker Engine at " + socket
                            + answer.apiVersion().map(version -> ", API " + version).orElse(""));
                }
                failures.add(socket + " (" + endpoint.origin() + "): answered HTTP " + answer.status());
            } catch (IOException e) {
                failures.add(socket + " (" + endpoint.origin() + "): " + e.getMessage());
            }
        }
        return new Availability.Unusable("no Docker daemon answers: " + String.join("; ", failures),
                "start the Docker daemon, or make sure your user may use its socket (the docker group)");
    }
}
