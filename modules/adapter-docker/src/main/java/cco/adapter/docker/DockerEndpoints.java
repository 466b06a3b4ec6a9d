package cco.adapter.docker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sockets to try, in order: {@code DOCKER_HOST} alone when it is set, otherwise the system
 * daemon, a rootless daemon, then Docker Desktop's per-user socket.
 */
final class DockerEndpoints {
    private static final String UNIX_SCHEME = "unix://";

    private DockerEndpoints() {
    }

    /** Empty when DOCKER_HOST names a transport cco does not speak. */
    static Optional<List<DockerEndpoint>> candidates(Map<String, String> environment, Path home) {
        String dockerHost = environment.get("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isEmpty()) {
            if (!dockerHost.startsWith(UNIX_SCHEME)) {
                return Optional.empty();
            }
            return Optional.of(List.of(new DockerEndpoint(Path.of(dockerHost.substring(UNIX_SCHEME.length())), "DOCKER_HOST")));
        }
        List<DockerEndpoint> candidates = new ArrayList<>();
        candidates.add(new DockerEndpoint(Path.of("/var/run/docker.sock"), "system daemon"));
        String runtimeDir = environment.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isEmpty()) {
            candidates.add(new DockerEndpoint(Path.of(runtimeDir, "docker.sock"), "rootless daemon"));
        }
        candidates.add(new DockerEndpoint(home.resolve(".docker/run/docker.sock"), "Docker Desktop"));
        return Optional.of(List.copyOf(candidates));
    }
}
