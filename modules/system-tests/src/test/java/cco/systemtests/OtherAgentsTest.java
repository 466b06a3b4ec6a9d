package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gemini CLI, OpenCode and Pi (the real CLIs from npm) and Droid and Oh My Pi (stand-ins: droid
 * fetches its binary when it first runs and omp needs a package the registry here lacks, so an
 * executable of the same name that prints a version plays them) in a real native sandbox, as an
 * unprivileged user. A wrapper of the agent's name, first on PATH, runs {@link AgentStateChecks}
 * from inside the session, then starts the agent's --version.
 */
class OtherAgentsTest extends OnHost {
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
        AgentStateChecks checks = AgentStateChecks.in(host.home, state, configuration, missing);
        host.write(checks.configuration(), "{}\n");
        host.write(checks.state().resolve("kept-on-the-host"), "host\n");
        Path wrapper = host.write(bin.resolve(agent), "#!/bin/sh\n" + AgentStateChecks.SCRIPT + "exec " + realAgent + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        host.environment.put("PATH", bin + ":" + host.environment.get("PATH"));
        host.asUnprivilegedUser();
        Map<String, String> before = checks.snapshot();

        List<String> args = new ArrayList<>(checks.options());
        args.addAll(List.of(agent, "--version"));
        checks.assertKept(host.cco(args.toArray(String[]::new)), before);

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
}
