package cco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.session.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's configuration file and the project's, as --dry-run shows their effect (no backend is usable on this host, as in CommandLineTest). */
class ConfigurationTest {
    @TempDir
    Path home;
    Path project;
    Path userFile;
    final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void host() throws IOException {
        project = Files.createDirectories(home.resolve("project"));
        userFile = home.resolve(".config/cco/config.json");
        Files.createDirectories(userFile.getParent());
        environment.put("DOCKER_HOST", "unix://" + home.resolve("no-docker.sock"));
        environment.put("PATH", Files.createDirectories(home.resolve("bin")).toString());
    }

    private CliRun cco(String... args) {
        return CliRun.run(Platform.MACOS, environment, home, project, args);
    }

    @Test
    void theUsersDefaultsApplyAndTheCommandLineOverridesThem() throws IOException {
        Files.writeString(userFile, "{\"backend\": \"docker\", \"safe\": true, \"denyPaths\": [\"~/vault\"], \"env\": [\"TOKEN=s3cret\"],"
                + " \"docker\": {\"packages\": [\"jq\"]}}");
        CliRun defaults = cco("--dry-run");
        String origin = "  (user configuration " + userFile + ")";
        assertEquals("  --backend docker" + origin, defaults.line("  --backend"));
        assertEquals("  --safe true" + origin, defaults.line("  --safe"));
        assertEquals("  --deny-path ~/vault" + origin, defaults.line("  --deny-path"));
        assertEquals("  --env TOKEN" + origin, defaults.line("  --env"));
        assertEquals("  --packages jq" + origin, defaults.line("  --packages"));
        assertFalse(defaults.out().contains("s3cret"), "a variable's value is never shown");
        assertEquals("backend:     none usable for --backend docker", defaults.line("backend:"));

        CliRun overridden = cco("--dry-run", "--backend", "native");
        assertEquals("  --backend native  (command line)", overridden.line("  --backend"));
        assertEquals("backend:     none usable for --backend native", overridden.line("backend:"));
    }

    @Test
    void withoutFilesTheDefaultsAreSaidToBeDefaults() {
        CliRun run = cco("--dry-run");
        assertEquals("  --backend auto  (default)", run.line("  --backend"));
        assertEquals("  --safe false  (default)", run.line("  --safe"));
    }

    @Test
    void anInvalidFileStopsCcoWithOneLineNamingTheFileAndTheKey() throws IOException {
        Files.writeString(userFile, "{\"backend\": \"podman\"}");
        CliRun run = cco("--dry-run");
        assertEquals(5, run.exitCode(), run.err());
        assertEquals("cco: " + userFile + ": backend: unknown backend 'podman' (expected one of: auto, native, docker)" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void malformedJsonIsLocatedWithoutQuotingTheFile() throws IOException {
        Files.writeString(userFile, "{\n  \"backend\": docker-secret-word\n}");
        CliRun run = cco("--dry-run");
        assertEquals(5, run.exitCode(), run.err());
        assertEquals("cco: " + userFile + ": not valid JSON (line 2, column 14)" + System.lineSeparator(), run.err());

        Files.writeString(userFile, "{\"safe\": true, \"safe\": false}");
        CliRun duplicate = cco("--dry-run");
        assertEquals(5, duplicate.exitCode(), duplicate.err());
        assertTrue(duplicate.err().startsWith("cco: " + userFile + ": not valid JSON"), duplicate.err());
    }

    @Test
    void xdgConfigHomeIsWhereTheUsersFileIs() throws IOException {
        Path xdg = Files.createDirectories(home.resolve("xdg/cco"));
        Files.writeString(xdg.resolve("config.json"), "{\"backend\": \"native\"}");
        environment.put("XDG_CONFIG_HOME", xdg.getParent().toString());
        assertEquals("  --backend native  (user configuration " + xdg.resolve("config.json") + ")", cco("--dry-run").line("  --backend"));
    }

    @Test
    void aProjectsFileNarrowsAndWhatWouldWidenIsIgnoredWithAWarning() throws IOException {
        Path projectFile = project.resolve(".cco.json");
        Files.writeString(projectFile, "{\"denyPaths\": [\"secrets\"], \"addDirs\": [\"/\"], \"safe\": true}");
        CliRun run = cco("--dry-run");
        String origin = "  (project file " + projectFile + ")";
        assertEquals("  --deny-path secrets" + origin, run.line("  --deny-path"));
        assertEquals("  --safe true" + origin, run.line("  --safe"));
        assertTrue(run.out().contains("denied      " + project.toRealPath().resolve("secrets")), run.out());
        assertFalse(run.out().contains("--add-dir"), run.out());
        assertEquals("cco: warning: " + projectFile + ": addDirs ignored: a project's file may only narrow access (denyPaths, \"safe\": true, \"network\": \"none\")",
                run.err().lines().findFirst().orElse(""));
    }

    @Test
    void aLinkPlantedAsTheProjectsFileIsRefused() throws IOException {
        Files.writeString(home.resolve("elsewhere.json"), "{}");
        Files.createSymbolicLink(project.resolve(".cco.json"), home.resolve("elsewhere.json"));
        CliRun run = cco("--dry-run");
        assertEquals(5, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("cco: " + project.resolve(".cco.json") + ": cannot read it: "), run.err());
    }

    @Test
    void infoListsTheFilesInEffectAndWhatIsWrongWithThem() throws IOException {
        Files.writeString(userFile, "{\"backend\": \"docker\"}");
        CliRun valid = cco("info");
        assertEquals("  user: " + userFile + " (in effect)", valid.line("  user:"));
        assertEquals("  project: " + project.resolve(".cco.json") + " (not present)", valid.line("  project:"));

        Files.writeString(project.resolve(".cco.json"), "{\"safe\": \"yes\"}");
        CliRun invalid = cco("info", "--json");
        JsonNode info = new ObjectMapper().readTree(invalid.out());
        assertEquals("invalid", info.path("configurationFiles").get(1).path("state").asText(), invalid.out());
        assertTrue(info.path("warnings").toString().contains(".cco.json: safe: expected true or false, found a string"), invalid.out());
    }

    @Test
    void selfUpdateTakesItsSourceFromTheConfigurationUnlessTheEnvironmentOrTheCommandLineGivesOne() throws IOException {
        Files.writeString(userFile, "{\"updateSource\": \"~/releases\"}");
        assertEquals("cco: self-update source: no such file or directory: ~/releases" + System.lineSeparator(), cco("self-update").err());
        environment.put("CCO_UPDATE_SOURCE", "~/from-environment");
        assertEquals("cco: self-update source: no such file or directory: ~/from-environment" + System.lineSeparator(), cco("self-update").err());
        assertEquals("cco: self-update source: no such file or directory: ~/from-option" + System.lineSeparator(),
                cco("self-update", "--from", "~/from-option").err());
    }

    @Test
    void dryRunSaysWhetherSelfUpdateChecksSignaturesAndWithWhichKey() throws IOException {
        assertEquals("  update key none (self-update checks releases by checksum, not by signature)  (default)", cco("--dry-run").line("  update key"));
        Files.writeString(userFile, "{\"updateKey\": \"~/.config/cco/release.pem\"}");
        assertEquals("  update key ~/.config/cco/release.pem  (user configuration " + userFile + ")", cco("--dry-run").line("  update key"));
        environment.put("CCO_UPDATE_KEY", "/etc/cco/release.pem");
        assertEquals("  update key /etc/cco/release.pem  (environment)", cco("--dry-run").line("  update key"));
    }

    @Test
    void aProjectsFileCannotChooseTheUpdateKey() throws IOException {
        Path projectFile = project.resolve(".cco.json");
        Files.writeString(projectFile, "{\"updateKey\": \"agent.pem\"}");
        CliRun run = cco("--dry-run");
        assertEquals("  update key none (self-update checks releases by checksum, not by signature)  (default)", run.line("  update key"));
        assertEquals("cco: warning: " + projectFile + ": updateKey ignored: a project's file may only narrow access (denyPaths, \"safe\": true, \"network\": \"none\")",
                run.err().lines().findFirst().orElse(""));
    }

    /** Before anything else: a key that cannot be used stops the update as a configuration error, wherever cco runs. */
    @Test
    void anUpdateKeyThatCannotBeReadOrIsNoKeyStopsSelfUpdate() throws IOException {
        Files.writeString(userFile, "{\"updateKey\": \"~/missing.pem\"}");
        CliRun missing = cco("self-update", "--from", project.toString());
        assertEquals(5, missing.exitCode(), missing.err());
        assertEquals("cco: self-update: cannot read the update key " + home.toRealPath().resolve("missing.pem")
                + " (updateKey, CCO_UPDATE_KEY): there is no such file" + System.lineSeparator(), missing.err());

        Path notAKey = Files.writeString(home.resolve("not-a-key.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        environment.put("CCO_UPDATE_KEY", notAKey.toString());
        CliRun invalid = cco("self-update", "--from", project.toString());
        assertEquals(5, invalid.exitCode(), invalid.err());
        assertEquals("cco: self-update: the update key " + notAKey.toRealPath() + " is refused: its PEM block is not an Ed25519 public key "
                + "(write one with 'openssl pkey -in PRIVATE.pem -pubout')" + System.lineSeparator(), invalid.err());
    }

    /** A project may ask for no network; the user's command line still decides last. */
    @Test
    void aProjectsFileMayTakeTheNetworkAwayAndTheCommandLineDecidesLast() throws IOException {
        assertEquals("  --network host  (default)", cco("--dry-run").line("  --network"));
        Path projectFile = project.resolve(".cco.json");
        Files.writeString(projectFile, "{\"network\": \"none\"}");
        CliRun none = cco("--dry-run");
        assertEquals("  --network none  (project file " + projectFile + ")", none.line("  --network"));
        assertEquals("network:     none: a loopback of the session's own, nothing else", none.line("network:"));
        assertEquals("  --network host  (command line)", cco("--network", "host", "--dry-run").line("  --network"));
    }

    /** A relative key would be read from the directory cco runs in, most often a project an agent writes. */
    @Test
    void aRelativeUpdateKeyInTheEnvironmentIsRefusedAsInTheFile() {
        environment.put("CCO_UPDATE_KEY", "release.pem");
        CliRun relative = cco("self-update", "--from", project.toString());
        assertEquals(5, relative.exitCode(), relative.err());
        assertEquals("cco: CCO_UPDATE_KEY: 'release.pem' must be absolute or start with ~/" + System.lineSeparator(), relative.err());
        environment.put("CCO_UPDATE_KEY", "~/release.pem");
        assertTrue(cco("--dry-run").line("  update key").contains("~/release.pem"), "positive control: anchored at the home");
    }

    @Test
    void aProjectsFileDeniesOnlyInsideTheProjectEvenThroughALink() throws IOException {
        Files.createDirectories(home.resolve("elsewhere"));
        Files.createSymbolicLink(project.resolve("out"), home.resolve("elsewhere"));
        Path projectFile = project.resolve(".cco.json");
        Files.writeString(projectFile, "{\"denyPaths\": [\"kept\", \"../sibling\", \"" + home.resolve(".hushlogin") + "\", \"out/made-by-cco\"]}");
        CliRun run = cco("--dry-run");
        assertEquals(List.of("  --deny-path kept  (project file " + projectFile + ")"),
                run.out().lines().filter(line -> line.startsWith("  --deny-path")).toList());
        for (String refused : List.of("../sibling", home.resolve(".hushlogin").toString(), "out/made-by-cco")) {
            assertTrue(run.err().contains(projectFile + ": denyPaths: '" + refused + "' ignored: a project's file may only deny paths inside the project"),
                    run.err());
        }
    }
}
