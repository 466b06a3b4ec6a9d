package cco.domain.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.backend.BackendChoice;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.session.NetworkAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ConfigurationReaderTest {
    private static final String FILE = "/home/ada/.config/cco/config.json";
    private static final Predicate<String> INSIDE = path -> !path.startsWith("/") && !path.startsWith("~");

    private static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String problem(Object tree) {
        CcoException e = assertThrows(CcoException.class, () -> ConfigurationReader.userFile(FILE, tree));
        assertEquals(FailureKind.CONFIGURATION, e.kind());
        return e.getMessage();
    }

    @Test
    void everySettingOfTheUsersFileIsRead() {
        SettingsLayer layer = ConfigurationReader.userFile(FILE, json(
                "backend", "docker", "safe", true, "addDirs", List.of("~/data:ro", "/srv/shared"), "allowReadonly", List.of("/etc/hosts"),
                "denyPaths", List.of("~/secrets"), "env", List.of("EDITOR", "LANG=C.UTF-8"),
                "docker", json("baseImage", "debian:trixie-slim", "packages", List.of("jq", "g++")), "updateSource", "/srv/cco-releases",
                "updateKey", "~/.config/cco/release-key.pem")).layer();
        assertEquals("user configuration " + FILE, layer.origin());
        assertEquals(Optional.of(BackendChoice.DOCKER), layer.backend());
        assertEquals(Optional.of(true), layer.safe());
        assertEquals(List.of("~/data:ro", "/srv/shared"), layer.addDirs());
        assertEquals(List.of("/etc/hosts"), layer.readOnlyPaths());
        assertEquals(List.of("~/secrets"), layer.deniedPaths());
        assertEquals(List.of("EDITOR", "LANG=C.UTF-8"), layer.environment());
        assertEquals(Optional.of("debian:trixie-slim"), layer.baseImage());
        assertEquals(List.of("jq", "g++"), layer.packages());
        assertEquals(Optional.of("/srv/cco-releases"), layer.updateSource());
        assertEquals(Optional.of("~/.config/cco/release-key.pem"), layer.updateKey());
    }

    @Test
    void anEmptyFileSetsNothing() {
        assertEquals(SettingsLayer.empty("user configuration " + FILE), ConfigurationReader.userFile(FILE, json()).layer());
    }

    @Test
    void eachProblemIsNamedWithTheFileAndTheKey() {
        assertEquals(FILE + ": expected a JSON object, found a list", problem(List.of()));
        assertEquals(FILE + ": bakend: unknown key (known: backend, safe, addDirs, allowReadonly, denyPaths, env, docker, updateSource, updateKey, network)",
                problem(json("bakend", "docker")));
        assertEquals(FILE + ": backend: unknown backend 'podman' (expected one of: auto, native, docker)", problem(json("backend", "podman")));
        assertEquals(FILE + ": backend: expected a non-empty string, found a number", problem(json("backend", 1)));
        assertEquals(FILE + ": safe: expected true or false, found a string", problem(json("safe", "yes")));
        assertEquals(FILE + ": addDirs: expected a list of strings, found a string", problem(json("addDirs", "/srv")));
        assertEquals(FILE + ": addDirs: expected a non-empty string, found null", problem(json("addDirs", java.util.Arrays.asList((Object) null))));
        assertEquals(FILE + ": addDirs: 'data' must be absolute or start with ~/", problem(json("addDirs", List.of("data:ro"))));
        assertEquals(FILE + ": denyPaths: '../x' must be absolute or start with ~/", problem(json("denyPaths", List.of("../x"))));
        assertEquals(FILE + ": env: not a valid variable name: 'MY-VAR'", problem(json("env", List.of("MY-VAR=1"))));
        assertEquals(FILE + ": env: names starting with _cco_ are reserved for cco: '_cco_home'", problem(json("env", List.of("_cco_home"))));
        assertEquals(FILE + ": docker: expected a JSON object, found a string", problem(json("docker", "debian")));
        assertEquals(FILE + ": docker.image: unknown key (known: baseImage, packages)", problem(json("docker", json("image", "x"))));
        assertEquals(FILE + ": docker.packages: not a Debian package name: '--allow-unauthenticated'",
                problem(json("docker", json("packages", List.of("--allow-unauthenticated")))));
        assertEquals(FILE + ": docker.baseImage: not an image name: 'debian slim'", problem(json("docker", json("baseImage", "debian slim"))));
        assertEquals(FILE + ": updateSource: expected a non-empty string, found a string", problem(json("updateSource", " ")));
        assertEquals(FILE + ": updateSource: 'releases' must be an https URL, absolute or start with ~/", problem(json("updateSource", "releases")));
        assertEquals(FILE + ": updateKey: 'keys/cco.pem' must be absolute or start with ~/", problem(json("updateKey", "keys/cco.pem")));
        assertEquals(FILE + ": updateKey: 'https://example.org/cco.pem' must be absolute or start with ~/",
                problem(json("updateKey", "https://example.org/cco.pem")));
        assertEquals(FILE + ": updateKey: expected a non-empty string, found a list", problem(json("updateKey", List.of("/k.pem"))));
        assertEquals(FILE + ": docker.baseImage: unknown key (known: backend, safe, addDirs, allowReadonly, denyPaths, env, docker, updateSource, updateKey, network)",
                problem(json("docker.baseImage", "x")));
    }

    @Test
    void aProjectsFileOnlyNarrows() {
        String project = "/work/app/.cco.json";
        ConfigurationReader.Reading reading = ConfigurationReader.projectFile(project, json(
                "safe", true, "denyPaths", List.of("secrets", "/srv/keys", "build/.env"), "addDirs", List.of("/"), "allowReadonly", List.of("~/.ssh"),
                "env", List.of("AWS_SECRET_ACCESS_KEY"), "backend", "native", "docker", json("packages", List.of("jq")), "updateSource", "/tmp/evil",
                "updateKey", "attacker.pem"), INSIDE);
        SettingsLayer layer = reading.layer();
        assertEquals("project file " + project, layer.origin());
        assertEquals(Optional.of(true), layer.safe());
        assertEquals(List.of("secrets", "build/.env"), layer.deniedPaths(), "only denials inside the project");
        assertEquals(SettingsLayer.empty(layer.origin()), new SettingsLayer(layer.origin(), layer.backend(), Optional.empty(), layer.addDirs(),
                layer.readOnlyPaths(), List.of(), layer.environment(), layer.baseImage(), layer.packages(), layer.updateSource(), layer.updateKey(),
                layer.network()),
                "nothing that widens is taken");
        assertEquals(8, reading.warnings().size(), reading.warnings().toString());
        assertTrue(reading.warnings().contains(project + ": denyPaths: '/srv/keys' ignored: a project's file may only deny paths inside the project"),
                reading.warnings().toString());
        assertTrue(reading.warnings().contains(project + ": addDirs ignored: a project's file may only narrow access (denyPaths, \"safe\": true, \"network\": \"none\")"),
                reading.warnings().toString());
    }

    /** The key decides which releases cco installs outside any sandbox: a file the agent can write must not choose it. */
    @Test
    void aProjectsFileCannotChooseTheUpdateKey() {
        ConfigurationReader.Reading reading = ConfigurationReader.projectFile("/p/.cco.json", json("updateKey", "/p/key.pem"), INSIDE);
        assertEquals(Optional.empty(), reading.layer().updateKey());
        assertEquals(List.of("/p/.cco.json: updateKey ignored: a project's file may only narrow access (denyPaths, \"safe\": true, \"network\": \"none\")"), reading.warnings());
    }

    /** A project may ask for no network, never for the host's: that is the user's to choose. */
    @Test
    void aProjectsFileMayTakeTheNetworkAwayButNotGiveIt() {
        assertEquals(Optional.of(NetworkAccess.NONE), ConfigurationReader.projectFile("/p/.cco.json", json("network", "none"), INSIDE).layer().network());
        ConfigurationReader.Reading host = ConfigurationReader.projectFile("/p/.cco.json", json("network", "host"), INSIDE);
        assertEquals(Optional.empty(), host.layer().network());
        assertEquals(List.of("/p/.cco.json: network ignored: a project's file may only narrow access (denyPaths, \"safe\": true, \"network\": \"none\")"),
                host.warnings());
        assertEquals(Optional.of(NetworkAccess.NONE), ConfigurationReader.userFile(FILE, json("network", "none")).layer().network(), "the user's file");
        assertEquals(FILE + ": network: unknown network 'off' (expected host or none)", problem(json("network", "off")));
    }

    @Test
    void aProjectsFileCannotTurnTheSafeModeOff() {
        ConfigurationReader.Reading reading = ConfigurationReader.projectFile("/p/.cco.json", json("safe", false), INSIDE);
        assertEquals(Optional.empty(), reading.layer().safe());
        assertEquals(List.of("/p/.cco.json: safe ignored: a project's file may only narrow access (denyPaths, \"safe\": true, \"network\": \"none\")"), reading.warnings());
    }

    @Test
    void aProjectsFileIsValidatedLikeTheUsers() {
        CcoException e = assertThrows(CcoException.class, () -> ConfigurationReader.projectFile("/p/.cco.json", json("denyPaths", "secrets"), INSIDE));
        assertEquals("/p/.cco.json: denyPaths: expected a list of strings, found a string", e.getMessage());
    }
}
