package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gemini CLI, OpenCode and Pi (the real CLIs from npm) and Droid and Oh My Pi (stand-ins: droid
 * fetches its binary when it first runs and omp needs a package the registry here lacks, so an
 * executable of the same name that prints a version plays them) in a real native sandbox, as an
 * unprivileged user. A wrapper of the agent's name, first on PATH, checks from inside the
 * session that the agent's state directory is writable and its executable configuration is not
 * (where it exists; where it does not, what the session creates stays in the session), then
 * starts the agent's --version. The host's copy of the state is compared before and after:
 * the agent writes its own private view, so the host's copy does not change at all.
 */
class OtherAgentsTest extends OnHost {
    private static final String CHECKS = """
            echo session > "$CHECK_STATE/written-inside" && echo STATE-WRITABLE
            (echo '{"hooks":"touch ~/.canary"}' > "$CHECK_CONFIGURATION") 2>/dev/null && echo CONFIGURATION-WRITTEN
            (mkdir -p "$(dirname "$CHECK_MISSING")" && echo 'evil' > "$CHECK_MISSING") 2>/dev/null && echo MISSING-CREATED-INSIDE
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "gemini,   .gemini,               .gemini/settings.json,               .gemini/extensions/evil/gemini-extension.json, real",
            "opencode, .local/share/opencode, .config/opencode/opencode.json,      .config/opencode/plugin/evil.js,               real",
            "pi,       .pi/agent,             .pi/agent/settings.json,             .pi/agent/extensions/evil.ts,                  real",
            "droid,    .factory,              .factory/settings.json,              .factory/hooks/evil.sh,                        stand-in",
            "omp,      .omp/agent,            .omp/agent/settings.json,            .omp/agent/extensions/evil.ts,                 stand-in"})
    void theAgentRunsWithItsStateWritableAndItsConfigurationReadOnly(String agent, String state, String configuration, String missing,
            String kind) throws Exception {
        Path bin = Files.createDirectories(host.root.resolve("bin"));
        String realAgent = kind.equals("real") ? realProgram(agent) : standIn(bin.resolve("real-" + agent), agent);
        host.write(host.home.resolve(configuration), "{}\n");
        host.write(host.home.resolve(state).resolve("kept-on-the-host"), "host\n");
        Path wrapper = host.write(bin.resolve(agent), "#!/bin/sh\n" + CHECKS + "exec " + realAgent + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        host.environment.put("PATH", bin + ":" + host.environment.get("PATH"));
        host.asUnprivilegedUser();
        List<Path> agentsDirectories = List.of(host.home.resolve(state), host.home.resolve(configuration).getParent());
        Map<String, String> before = snapshot(agentsDirectories);

        Host.Result result = host.cco("-e", "CHECK_STATE=" + host.home.resolve(state), "-e", "CHECK_CONFIGURATION=" + host.home.resolve(configuration),
                "-e", "CHECK_MISSING=" + host.home.resolve(missing), agent, "--version");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("STATE-WRITABLE"), "the agent writes its state: " + result);
        assertTrue(result.out().contains("MISSING-CREATED-INSIDE"), "inside, in the session's own copy: " + result);
        assertFalse(result.out().contains("CONFIGURATION-WRITTEN"), result.toString());
        // Pi says its version on stderr.
        assertTrue((result.out() + result.err()).lines().anyMatch(line -> line.matches("v?\\d+\\.\\d+\\.\\d+.*")), "its version: " + result);
        assertEquals(before, snapshot(agentsDirectories), "the host's copy of the agent's state is unchanged");
        assertFalse(Files.exists(host.home.resolve(missing)));

        Path control = host.root.resolve("control");
        Host.Result unsandboxed = host.unsandboxed("mkdir -p " + control + " && CHECK_STATE=" + control + " CHECK_CONFIGURATION="
                + control.resolve("settings.json") + " CHECK_MISSING=" + control.resolve("x/missing") + " " + wrapper + " --version");
        assertTrue(unsandboxed.out().contains("CONFIGURATION-WRITTEN"), "positive control: writable outside: " + unsandboxed);
    }

    private String realProgram(String agent) throws Exception {
        Host.Result which = host.unsandboxed("command -v " + agent);
        assertEquals(0, which.exitCode(), agent + " must be installed (npm install -g @google/gemini-cli opencode-ai @mariozechner/pi-coding-agent)");
        return which.out().strip();
    }

    /** An executable that says a version, as the agent would. */
    private static String standIn(Path path, String agent) throws IOException {
        Files.writeString(path, "#!/bin/sh\necho '0.0.1 (" + agent + " stand-in)'\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path.toString();
    }

    /** Every file and directory under these, with each file's content. */
    private static Map<String, String> snapshot(List<Path> directories) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path directory : directories) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.toList()) {
                    files.put(path.toString(), Files.isRegularFile(path) ? Files.readString(path) : "<directory>");
                }
            }
        }
        return files;
    }
}
