package cco.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.transport.SSLConfig;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding a Docker daemon that answers a ping, and docker-java's client for it. */
final class Engine {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(5);

    private Engine() {
    }

    /** The outcome of looking for a daemon: the first that answered, or what every candidate said. */
    sealed interface Search {
        record Found(DockerEndpoint endpoint) implements Search {
        }

        record NotFound(List<String> failures, String fix) implements Search {
        }
    }

    static Search find(DaemonLocator locator) {
        DaemonLocator.Candidates candidates = locator.candidates();
        List<String> failures = new ArrayList<>(candidates.unusable());
        boolean permissionDenied = false;
        for (DockerEndpoint endpoint : candidates.endpoints()) {
            if (endpoint.unixSocket() && !Files.exists(endpoint.socketPath())) {
                failures.add(endpoint.describe() + ": no socket");
                continue;
            }
            DockerClient probe = connect(endpoint, Optional.of(PING_TIMEOUT));
            try {
                probe.pingCmd().exec();
                close(probe);
                return new Search.Found(endpoint);
            } catch (RuntimeException e) {
                String reason = reason(e);
                permissionDenied |= reason.toLowerCase(java.util.Locale.ROOT).contains("permission denied");
                failures.add(endpoint.describe() + ": " + reason);
                close(probe);
            }
        }
        String fix = permissionDenied
                ? "your user may not use the daemon's socket: add it to the docker group (sudo usermod -aG docker $USER, then log in again), or use rootless Docker"
                : "start the Docker daemon (sudo systemctl start docker, or open Docker Desktop), or point DOCKER_HOST at it";
        return new Search.NotFound(failures, fix);
    }

    /** Without a response timeout for sessions: an attached stream is silent as long as the agent is. */
    static DockerClient connect(DockerEndpoint endpoint, Optional<Duration> responseTimeout) {
        Optional<LocalDirectorySSLConfig> tls = endpoint.tlsCertificates().map(certificates -> new LocalDirectorySSLConfig(certificates.toString()));
        ZerodepDockerHttpClient.Builder http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(endpoint.host())
                .sslConfig(transportTls(endpoint, tls))
                .connectionTimeout(CONNECT_TIMEOUT);
        responseTimeout.ifPresent(http::responseTimeout);
        return DockerClientImpl.getInstance(new EngineConfig(endpoint.host(), tls.orElse(null)), http.build());
    }

    /**
     * The transport speaks https to a tcp daemon whenever it has a TLS context, and builds the
     * JDK's default one (~80 ms) when it has none: the certificates' context when TLS is asked
     * for; none for plain tcp; for a unix socket, which is never TLS, one that costs nothing.
     */
    private static SSLConfig transportTls(DockerEndpoint endpoint, Optional<LocalDirectorySSLConfig> tls) {
        if (tls.isPresent()) {
            return tls.get()::getSSLContext;
        }
        return endpoint.unixSocket() ? UnusedTlsContext::new : null;
    }

    /** The innermost message: docker-java wraps socket errors ("Connection refused", "Permission denied") in its own. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }

    static void close(DockerClient client) {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
