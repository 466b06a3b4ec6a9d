package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gemini CLI, OpenCode and Pi as cco's image carries them, in a container, as a user in the
 * docker group: each starts by its name where the host has none of its directories (the daemon
 * would make a missing mount point as root), and {@link AgentStateChecks} finds its directories
 * as OtherAgentsTest does natively. The image's PATH is its own, so no wrapper can stand before
 * the agent: the checks run in a session of their own (--command), where every known agent's
 * existing directories are the same private views, and start the agent from there.
 */
class DockerOtherAgentsTest extends OnHost {

    @BeforeEach
    void dockerUser() throws Exception {
        DockerDaemon.prepare(host);
        host.asDockerUser();
    }

    private Host.Result inDocker(List<String> options, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("--backend", "docker"));
        args.addAll(options);
        args.addAll(List.of(command));
        return host.cco(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "gemini,   .gemini,               .gemini/settings.json,               .gemini/extensions/evil/gemini-extension.json",
            "opencode, .local/share/opencode, .config/opencode/opencode.json,      .config/opencode/plugin/evil.js",
            "pi,       .pi/agent,             .pi/agent/settings.json,             .pi/agent/extensions/evil.ts"})
    void theImagesAgentRunsWithItsStateWritableAndItsConfigurationReadOnly(String agent, String state, String configuration, String missing)
            throws Exception {
        Host.Result byName = inDocker(List.of(), agent, "--version");
        assertEquals(0, byName.exitCode(), byName.toString());
        AgentStateChecks.assertVersion(byName);
        assertEquals("", host.unsandboxed("find " + host.home + " -user 0 -print").out(), "nothing root-owned left on the host");

        AgentStateChecks checks = AgentStateChecks.in(host.home, state, configuration, missing);
        Host.Result prepared = host.unsandboxed("mkdir -p " + checks.state() + " " + checks.configuration().getParent() + " && echo host > "
                + checks.state().resolve("kept-on-the-host") + " && echo '{}' > " + checks.configuration());
        assertEquals(0, prepared.exitCode(), "the user's own files: " + prepared);
        Map<String, String> before = checks.snapshot();

        checks.assertKept(inDocker(checks.options(), "--command", "sh", "-c", AgentStateChecks.SCRIPT + "exec " + agent + " --version"), before);

        AgentStateChecks control = new AgentStateChecks(checks.state(), host.project.resolve("settings.json"), checks.missing());
        Host.Result writable = inDocker(control.options(), "--command", "sh", "-c", AgentStateChecks.SCRIPT);
        assertTrue(writable.out().contains("CONFIGURATION-WRITTEN"), "positive control: writable in the project: " + writable);
    }

    @Test
    void anAgentTheImageLacksIsNamed() throws Exception {
        for (String agent : List.of("droid", "omp")) {
            Host.Result result = inDocker(List.of(), agent, "--version");
            assertEquals(127, result.exitCode(), result.toString());
            assertTrue(result.err().contains("cco: " + agent + ": not found in cco's Docker image"), result.toString());
        }
    }
}
