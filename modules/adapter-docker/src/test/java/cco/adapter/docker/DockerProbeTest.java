package cco.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.backend.Availability;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.session.DockerOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
                new DockerProbe(new DockerEngine(new DaemonLocator(Map.of("XDG_RUNTIME_DIR", dir.toString(), "DOCKER_CONFIG", dir.toString()),
                        dir.resolve("home"), java.net.URI.create("unix://" + dir.resolve("system.sock"))), Map.of())).check());
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
                new DockerProbe(new DockerEngine(Map.of("DOCKER_HOST", "unix://" + socket), dir)).check());
        assertTrue(why.reason().startsWith("no Docker daemon answers: unix://" + socket + " (DOCKER_HOST): "), why.reason());
        assertTrue(why.reason().toLowerCase().contains("refused"), why.reason());
    }

    @Test
    void anAddressCcoCannotSpeakToIsNamed(@TempDir Path dir) {
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class,
                new DockerProbe(new DockerEngine(Map.of("DOCKER_HOST", "ssh://me@builder"), dir)).check());
        assertTrue(why.reason().contains("DOCKER_HOST=ssh://me@builder: cco speaks to a daemon on unix:// or tcp:// only"), why.reason());
    }

    /** Plain tcp (no DOCKER_TLS_VERIFY) is plain http: a client that spoke TLS to it would get no answer it understands. */
    @Test
    void aDaemonOnPlainTcpIsSpokenToInHttp(@TempDir Path dir) throws IOException {
        try (ServerSocket daemon = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answering = Thread.ofPlatform().daemon().start(() -> answerOnePing(daemon));
            Availability availability = new DockerProbe(new DockerEngine(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + daemon.getLocalPort()), dir)).check();
            assertInstanceOf(Availability.Usable.class, availability, availability.toString());
            answering.interrupt();
        }
    }

    private static void answerOnePing(ServerSocket daemon) {
        try (Socket connection = daemon.accept()) {
            BufferedReader request = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
            String requestLine = request.readLine();
            while (!request.readLine().isEmpty()) {
                // The headers.
            }
            String body = requestLine.startsWith("GET /_ping ") ? "OK" : "";
            connection.getOutputStream().write(("HTTP/1.1 " + (body.isEmpty() ? "404 Not Found" : "200 OK")
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException | NullPointerException e) {
            // The probe gave up: the assertion says so.
        }
    }

    @Test
    void aContactStartedEarlyGivesTheProbeAndTheSessionWhatItFound(@TempDir Path dir) throws IOException {
        Path socket = dir.resolve("docker.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
        }
        DockerEngine engine = new DockerEngine(Map.of("DOCKER_HOST", "unix://" + socket), dir);
        engine.contactEarly(DockerOptions.none());
        Availability.Unusable why = assertInstanceOf(Availability.Unusable.class, new DockerProbe(engine).check());
        CcoException session = assertThrows(CcoException.class, () -> engine.contact(DockerOptions.none()));
        assertEquals(FailureKind.SANDBOX_UNAVAILABLE, session.kind());
        assertTrue(session.getMessage().startsWith(why.reason()), session.getMessage() + " / " + why.reason());
        assertTrue(session.getMessage().endsWith("(" + why.fix() + ")"), session.getMessage());
    }
}
