package cco.adapter.docker;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a Docker daemon may answer, which convention named it, and the client certificates
 * to present when it is a TCP endpoint with TLS verification.
 */
record DockerEndpoint(URI host, String origin, Optional<Path> tlsCertificates) {

    boolean unixSocket() {
        return "unix".equals(host.getScheme());
    }

    Path socketPath() {
        return Path.of(host.getPath());
    }

    String describe() {
        return host + " (" + origin + ")";
    }
}
