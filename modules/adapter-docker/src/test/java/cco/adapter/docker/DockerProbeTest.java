package cco.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.backend.Availability;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerProbeTest {
    private static final String PONG = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK";

    @Test
    void aSocketThatAnswersThePingIsUsable(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("docker.sock");
        try (FakeEngineSocket engine = new FakeEngineSocket(socket, PONG)) {
            Availability availability = new DockerProbe(Map.of("DOCKER_HOST", "unix://" + socket), dir).check();
            assertEquals(new Availability.Usable("Docker Engine at " + socket + ", API 1.41"), availability);
        }
    }

    @Test
    void everyFailedCandidateIsReported(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("docker.sock");
        try (FakeEngineSocket engine = new FakeEngineSocket(socket, "HTTP/1.1 500 Internal Server Error\r\n\r\n")) {
            Availability.Unusable why = assertInstanceOf(Availability.Unusable.class,
                    new DockerProbe(Map.of("XDG_RUNTIME_DIR", dir.toString()), dir.resolve("home")).check());
            assertTrue(why.reason().contains(socket + " (rootless daemon): answered HTTP 500"), why.reason());
            assertTrue(why.reason().contains(dir.resolve("home/.docker/run/docker.sock") + " (Docker Desktop): no socket"), why.reason());
        }
    }

    @Test
    void aSilentDaemonTimesOut(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("docker.sock");
        try (FakeEngineSocket engine = new FakeEngineSocket(socket, null)) {
            Availability.Unusable why = assertInstanceOf(Availability.Unusable.class,
                    new DockerProbe(Map.of("DOCKER_HOST", "unix://" + socket), dir).check());
            assertTrue(why.reason().contains("no answer within"), why.reason());
        }
    }

    @Test
    void aTcpDockerHostIsRefusedWithTheFix(@TempDir Path dir) {
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class,
                new DockerProbe(Map.of("DOCKER_HOST", "tcp://10.0.0.1:2375"), dir).check());
        assertEquals("DOCKER_HOST=tcp://10.0.0.1:2375 is not a unix socket", why.reason());
    }

    @Test
    void pingAnswersAreParsedCaseInsensitively() throws IOException {
        assertEquals(new EnginePing.Answer(200, java.util.Optional.of("1.45")),
                EnginePing.parse("HTTP/1.0 200 OK\r\napi-version:  1.45\r\n\r\nOK"));
    }
}
