package cco.cli;

import cco.adapter.hostfiles.DirectoryTree;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workload the installer runs once to train the JVM's ahead-of-time cache: the common
 * command lines, in one process, with their output discarded, including a real native session
 * start whose hand-over goes nowhere. It runs against a throwaway home and project, so that the
 * stand-ins a session creates never touch the user's files. The cache then holds the classes,
 * linkage and profiles every later start would otherwise build again.
 */
public final class AotTraining {
    /**
     * Only the paths whose speed users feel: plain `cco` (Claude), a session start and --version. Every class in the
     * cache is loaded at each start, so training --help or --dry-run would slow the common
     * paths down to speed up the rare ones (measured: a 4 MB larger cache cost ~20 ms).
     */
    private static final List<String[]> WORKLOAD = List.of(
            new String[] {"--version"},
            new String[] {},
            new String[] {"--command", "true"},
            new String[] {"--deny-path", "secret", "-e", "TRAINING=1", "--add-dir", "/tmp:ro", "--command", "sh", "-c", "true"});
    /**
     * A Docker session, for the second cache (lib/cco-docker.aot) the launcher uses with --backend
     * docker: docker-java's classes would slow every native start if they were in the first.
     */
    private static final List<String[]> DOCKER_WORKLOAD = List.of(
            new String[] {"--backend", "docker", "--command", "true"},
            new String[] {"--backend", "docker", "--deny-path", "secret", "-e", "TRAINING=1", "--command", "sh", "-c", "true"});

    private AotTraining() {
    }

    /**
     * The agents' directories and settings most users have, and (in main) a variable no allowlist names: without them the
     * code that reads them would be linked at every start, outside the cache (with them and plain `cco` trained: CPU time of
     * a native start 111 -> 99 ms, of `cco` 122 -> 105 ms, of --version 62 -> 54 ms).
     */
    private static void furnishAsUsersDo(Path home) throws IOException {
        Files.createDirectories(home.resolve(".claude"));
        Files.writeString(home.resolve(".claude/settings.json"), "{\"permissions\":{\"allow\":[]}}");
        Files.writeString(home.resolve(".claude.json"), "{\"numStartups\":1}");
        Files.createDirectories(home.resolve(".codex"));
        Files.writeString(home.resolve(".codex/config.toml"), "model = \"training\"\n");
    }

    /** With the argument "docker", the Docker workload against a stand-in engine; else the native one. */
    public static void main(String[] args) throws IOException {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true);
        HostContext real = HostContext.ofThisProcess(discard, discard);
        Path scratch = Files.createTempDirectory("cco-aot-training-");
        try {
            Path home = Files.createDirectory(scratch.resolve("home"));
            Path project = Files.createDirectory(home.resolve("project"));
            furnishAsUsersDo(home);
            // Only PATH of the user's environment: their XDG_STATE_HOME, CLAUDE_CONFIG_DIR, npm_config_cache... would let the
            // training session record itself, or make cache directories, outside the scratch.
            Map<String, String> environment = new HashMap<>(Map.of("HOME", home.toString(), "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                    "LANG", "C.UTF-8", "TRAINING_UNLISTED", "1"));
            // A stand-in claude first on the PATH: the session start of plain `cco` is trained without the real one.
            Path bin = Files.createDirectory(scratch.resolve("bin"));
            Files.writeString(bin.resolve("claude"), "#!/bin/sh\n");
            bin.resolve("claude").toFile().setExecutable(true);
            environment.put("PATH", bin + Optional.ofNullable(real.environment().get("PATH")).map(path -> ":" + path).orElse(""));
            boolean docker = List.of(args).contains("docker");
            Path engineSocket = scratch.resolve("engine.sock");
            if (docker) {
                environment.put("DOCKER_HOST", "unix://" + engineSocket);
                environment.put("CCO_BASE_IMAGE", "cco-training-base");
            }
            HostContext training = new HostContext(environment, home, project, real.platform(), real.osArch(),
                    real.installation(), Optional.of(Path.of("/dev/null")), Optional.empty(), discard, discard);
            if (docker) {
                try (TrainingEngine engine = new TrainingEngine(engineSocket)) {
                    DOCKER_WORKLOAD.forEach(commandLine -> Main.run(commandLine, training));
                }
            } else {
                WORKLOAD.forEach(commandLine -> Main.run(commandLine, training));
            }
        } finally {
            DirectoryTree.delete(scratch);
        }
    }
}
