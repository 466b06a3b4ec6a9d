package cco.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.backend.Availability;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerProbeTest {

    @Test
    void everyFailedCandidateIsReportedWithTheFix(@TempDir Path dir) {
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class,
                new DockerProbe(new DaemonLocator(Map.of("XDG_RUNTIME_DIR", dir.toString(), "DOCKER_CONFIG", dir.toString()), dir.resolve("home"),
                        java.net.URI.create("unix://" + dir.resolve("system.sock")))).check());
        assertTrue(why.reason().contains("unix://" + dir.resolve("docker.sock") + " (rootless daemon): no socket"), why.reason());
        assertTrue(why.reason().contains("unix://" + dir.resolve("system.sock") + " (system daemon): no socket"), why.reason());
        assertTrue(why.reason().contains("unix://" + dir.resolve("home/.docker/run/docker.sock") + " (Docker Desktop): no socket"), why.reason());
        assertTrue(why.fix().contains("start the Docker daemon"), why.fix());
    }

    @Test
    void aSocketNobodyListensOnIsReportedAsRefused(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("docker.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
        }
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class,
                new DockerProbe(Map.of("DOCKER_HOST", "unix://" + socket), dir).check());
        assertTrue(why.reason().startsWith("no Docker daemon answers: unix://" + socket + " (DOCKER_HOST): "), why.reason());
        assertTrue(why.reason().toLowerCase().contains("refused"), why.reason());
    }

    @Test
    void anAddressCcoCannotSpeakToIsNamed(@TempDir Path dir) {
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class,
                new DockerProbe(Map.of("DOCKER_HOST", "ssh://me@builder"), dir).check());
        assertTrue(why.reason().contains("DOCKER_HOST=ssh://me@builder: cco speaks to a daemon on unix:// or tcp:// only"), why.reason());
    }
}
