package cco.adapter.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonLocatorTest {

    private static List<String> hosts(DaemonLocator.Candidates candidates) {
        return candidates.endpoints().stream().map(DockerEndpoint::describe).toList();
    }

    @Test
    void withoutSettingsTheRootlessTheSystemAndDockerDesktopSocketsAreTriedInOrder(@TempDir Path home) {
        assertEquals(List.of("unix:///run/user/1000/docker.sock (rootless daemon)", "unix:///var/run/docker.sock (system daemon)",
                        "unix://" + home + "/.docker/run/docker.sock (Docker Desktop)"),
                hosts(new DaemonLocator(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), home).candidates()));
    }

    @Test
    void dockerHostAloneIsUsedWithTlsFromTheEnvironment(@TempDir Path home) {
        DaemonLocator.Candidates candidates = new DaemonLocator(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2376", "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", "/etc/docker-certs"), home).candidates();
        assertEquals(List.of(new DockerEndpoint(URI.create("tcp://10.0.0.5:2376"), "DOCKER_HOST", Optional.of(Path.of("/etc/docker-certs")))),
                candidates.endpoints());
        assertEquals(List.of(), candidates.unusable());
    }

    @Test
    void theCurrentContextsEndpointComesBeforeTheDefaultSockets(@TempDir Path home) throws IOException, NoSuchAlgorithmException {
        Path docker = home.resolve(".docker");
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("colima".getBytes(StandardCharsets.UTF_8)));
        Files.createDirectories(docker.resolve("contexts/meta").resolve(digest));
        Files.writeString(docker.resolve("config.json"), "{\"currentContext\": \"colima\"}");
        Files.writeString(docker.resolve("contexts/meta").resolve(digest).resolve("meta.json"),
                "{\"Name\":\"colima\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///home/ada/.colima/docker.sock\",\"SkipTLSVerify\":false}}}");
        assertEquals(List.of("unix:///home/ada/.colima/docker.sock (Docker context 'colima')"), hosts(new DaemonLocator(Map.of(), home).candidates()));
        assertEquals(List.of("unix:///var/run/docker.sock (system daemon)", "unix://" + home + "/.docker/run/docker.sock (Docker Desktop)"),
                hosts(new DaemonLocator(Map.of("DOCKER_CONTEXT", "default"), home).candidates()), "DOCKER_CONTEXT wins over the config file");
    }

    @Test
    void aContextWithoutItsMetadataIsReportedNotSkipped(@TempDir Path home) {
        DaemonLocator.Candidates candidates = new DaemonLocator(Map.of("DOCKER_CONTEXT", "gone"), home).candidates();
        assertEquals(1, candidates.unusable().size());
        assertEquals(true, candidates.unusable().getFirst().startsWith("Docker context 'gone': "), candidates.unusable().toString());
    }
}
