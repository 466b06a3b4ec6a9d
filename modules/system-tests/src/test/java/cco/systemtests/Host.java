package cco.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A user of this machine for one test class: a home and a project of their own under /var/tmp
 * (not /tmp, which every sandbox replaces), cco run as a process with that environment, and
 * the host's view to check what a session changed.
 */
final class Host implements AutoCloseable {
    final Path root;
    final Path home;
    final Path project;
    final Map<String, String> environment = new HashMap<>();
    private List<String> runAs = List.of();
    /** How long one process may take: longer where a session may build cco's Docker image first. */
    java.time.Duration timeout = java.time.Duration.ofSeconds(120);

    Host() throws IOException {
        root = Files.createTempDirectory(Path.of("/var/tmp"), "cco-system-test-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))).toRealPath();
        home = Files.createDirectory(root.resolve("home"));
        project = Files.createDirectory(home.resolve("project"));
        environment.put("HOME", home.toString());
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("LANG", "C.UTF-8");
        environment.put("TERM", "dumb");
    }

    /** The outcome of one process: exit status and everything it printed. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    Result cco(String... args) throws IOException, InterruptedException {
        return run(project, null, prepend(TestBundle.launcher().toString(), args));
    }

    /** Runs a POSIX shell script in the sandbox, after the given cco options. */
    Result sandboxed(String script, String... ccoOptions) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(ccoOptions));
        args.addAll(List.of("--command", "sh", "-c", script));
        return cco(args.toArray(String[]::new));
    }

    /** Runs a script on the host, unsandboxed, with the same environment: the positive control. */
    Result unsandboxed(String script) throws IOException, InterruptedException {
        return run(project, null, "sh", "-c", script);
    }

    /**
     * From now on, runs every process as the unprivileged user 65534 when the tests run as root
     * (which hides user-namespace problems, and which Claude Code refuses to run autonomously as).
     * Everything under this host's root is handed to that user first.
     */
    void asUnprivilegedUser() throws IOException, InterruptedException {
        if (!isRoot()) {
            return;
        }
        Result chown = run(root, null, "chown", "-R", UNPRIVILEGED + ":" + UNPRIVILEGED, root.toString());
        if (chown.exitCode() != 0) {
            throw new AssertionError("chown: " + chown);
        }
        runAs = List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=" + UNPRIVILEGED, "--clear-groups", "--");
    }

    /**
     * Like {@link #asUnprivilegedUser}, with the docker group as the only supplementary group:
     * a user who may use the Docker daemon (not needed when the tests already run unprivileged,
     * as .ci/run's second pass does, in the docker group).
     */
    void asDockerUser() throws IOException, InterruptedException {
        if (!isRoot()) {
            return;
        }
        asUnprivilegedUser();
        runAs = List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=" + UNPRIVILEGED, "--groups=" + DockerDaemon.group(), "--");
    }

    Result run(Path directory, String input, String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(runAs);
        argv.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(argv).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        if (input == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }
        Path out = Files.createTempFile("cco-out", ".txt");
        Path err = Files.createTempFile("cco-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (input != null) {
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** Starts cco in {@code directory} without waiting: stdin from /dev/null, output discarded. */
    Process startCco(Path directory, String... args) throws IOException {
        return start(directory, prepend(TestBundle.launcher().toString(), args));
    }

    /** Starts a command in {@code directory} without waiting, as this host's user: stdin from /dev/null, output discarded. */
    Process start(Path directory, String... command) throws IOException {
        List<String> argv = new ArrayList<>(runAs);
        argv.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(argv).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }

    Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static final int UNPRIVILEGED = 65534;

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Override
    public void close() throws IOException {
        TestBundle.deleteRecursively(root);
    }
}
