package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a session may do to an agent's directories, checked from inside it by a script that then
 * starts the agent: its state directory is writable, its executable configuration is not (where
 * it exists; where it does not, what the session creates stays in the session), and the host's
 * copy does not change at all.
 */
record AgentStateChecks(Path state, Path configuration, Path missing) {
    /** Each line says what it managed to do; the session's environment names the paths. */
    static final String SCRIPT = """
            echo session > "$CHECK_STATE/written-inside" && echo STATE-WRITABLE
            (echo '{"hooks":"touch ~/.canary"}' > "$CHECK_CONFIGURATION") 2>/dev/null && echo CONFIGURATION-WRITTEN
            (mkdir -p "$(dirname "$CHECK_MISSING")" && echo 'evil' > "$CHECK_MISSING") 2>/dev/null && echo MISSING-CREATED-INSIDE
            """;

    /** The paths, relative to the home. */
    static AgentStateChecks in(Path home, String state, String configuration, String missing) {
        return new AgentStateChecks(home.resolve(state), home.resolve(configuration), home.resolve(missing));
    }

    /** cco's options that give the script its paths. */
    List<String> options() {
        return List.of("-e", "CHECK_STATE=" + state, "-e", "CHECK_CONFIGURATION=" + configuration, "-e", "CHECK_MISSING=" + missing);
    }

    /** The agent's directories as they are on the host: every file and directory under them, with each file's content. */
    Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path directory : List.of(state, configuration.getParent())) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.toList()) {
                    files.put(path.toString(), Files.isRegularFile(path) ? Files.readString(path) : "<directory>");
                }
            }
        }
        return files;
    }

    /** The script's verdict, the agent's version after it, and nothing of the session on the host. */
    void assertKept(Host.Result result, Map<String, String> before) throws IOException {
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("STATE-WRITABLE"), "the agent writes its state: " + result);
        assertTrue(result.out().contains("MISSING-CREATED-INSIDE"), "inside, in the session's own copy: " + result);
        assertFalse(result.out().contains("CONFIGURATION-WRITTEN"), result.toString());
        assertVersion(result);
        assertEquals(before, snapshot(), "the host's copy of the agent's state is unchanged");
        assertFalse(Files.exists(missing));
    }

    /** The agent said its version (Pi says it on stderr). */
    static void assertVersion(Host.Result result) {
        assertTrue((result.out() + result.err()).lines().anyMatch(line -> line.matches("v?\\d+\\.\\d+\\.\\d+.*")), "its version: " + result);
    }
}
