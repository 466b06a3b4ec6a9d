package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's real Docker daemon, which .ci/run starts, and the base image it imports from
 * debootstrap (there is no registry here). The tests look at containers and images through the
 * docker CLI, as a user would; cco itself never uses it.
 */
final class DockerDaemon {
    static final String BASE_IMAGE = System.getenv().getOrDefault("CCO_TEST_BASE_IMAGE", "cco-test-base:bookworm");

    private DockerDaemon() {
    }

    /** Fails (never skips) without a daemon and the base image: the Docker backend's tests need both. */
    static void require() throws IOException, InterruptedException {
        assertEquals(0, docker("info").exitCode(), "a Docker daemon must run for these tests (.ci/run starts one)");
        assertEquals(0, docker("image", "inspect", BASE_IMAGE).exitCode(), "the base image " + BASE_IMAGE
                + " must exist (.ci/run imports it from debootstrap; see ../shared/spec/TESTING.md)");
    }

    private static boolean imageBuilt;

    /**
     * The host for a Docker session: the base image named, and cco's image built once per test
     * run (minutes, with the whole npm install), so that no test's own time limit has to allow for it.
     */
    static void prepare(Host host) throws IOException, InterruptedException {
        require();
        host.environment.put("CCO_BASE_IMAGE", BASE_IMAGE);
        buildImageOnce(host);
    }

    private static synchronized void buildImageOnce(Host host) throws IOException, InterruptedException {
        if (imageBuilt) {
            return;
        }
        java.time.Duration usual = host.timeout;
        host.timeout = java.time.Duration.ofMinutes(15);
        try {
            Host.Result result = host.cco("--backend", "docker", "--command", "true");
            assertEquals(0, result.exitCode(), "building cco's image: " + result);
            imageBuilt = true;
        } finally {
            host.timeout = usual;
        }
    }

    static Host.Result docker(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("docker"));
        argv.addAll(List.of(args));
        Process process = new ProcessBuilder(argv).redirectErrorStream(false).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: docker " + String.join(" ", args));
        }
        return new Host.Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** Names of the containers, running or not, whose label {@code key} has {@code value}. */
    static List<String> containers(String key, String value) throws IOException, InterruptedException {
        Host.Result result = docker("ps", "-a", "--filter", "label=" + key + "=" + value, "--format", "{{.Names}}");
        assertEquals(0, result.exitCode(), result.toString());
        return result.out().lines().filter(line -> !line.isBlank()).toList();
    }

    /** The gid of the docker group, which lets a user reach the daemon's socket. */
    static String group() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("getent", "group", "docker").start();
        String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return line.split(":")[2];
    }
}
