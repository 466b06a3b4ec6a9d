package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the user's configuration file and the project's, through the installed bundle, as an
 * unprivileged user: precedence (default, user file, project file, environment, command line, as
 * --dry-run shows it), each validation message, and a project file that tries to widen access
 * getting nothing of it in a real session.
 */
class ConfigurationFilesTest extends OnHost {
    private Path userFile;
    private Path projectFile;

    @BeforeEach
    void unprivileged() throws Exception {
        host.asUnprivilegedUser();
        userFile = host.home.resolve(".config/cco/config.json");
        projectFile = host.project.resolve(".cco.json");
    }

    /** Written as the user, who owns the files as they would their own. */
    private void write(Path file, String json) throws Exception {
        Host.Result written = host.unsandboxed("mkdir -p '" + file.getParent() + "' && printf '%s' '" + json + "' > '" + file + "'");
        assertEquals(0, written.exitCode(), written.toString());
    }

    private static String line(Host.Result result, String prefix) {
        return result.out().lines().filter(line -> line.startsWith(prefix)).findFirst().orElse("(no line " + prefix + ")\n" + result);
    }

    @Test
    void eachLayerOverridesTheOneBelowAndDryRunSaysWhich() throws Exception {
        assertEquals("  --backend auto  (default)", line(host.cco("--dry-run"), "  --backend"));

        write(userFile, "{\"backend\": \"native\", \"docker\": {\"baseImage\": \"debian:trixie-slim\"}, \"denyPaths\": [\"~/vault\"]}");
        Host.Result user = host.cco("--dry-run");
        assertEquals(0, user.exitCode(), user.toString());
        assertEquals("  --backend native  (user configuration " + userFile + ")", line(user, "  --backend"));
        assertEquals("  docker base image debian:trixie-slim  (user configuration " + userFile + ")", line(user, "  docker base image"));
        assertTrue(user.out().contains("denied      " + host.home.resolve("vault")), user.toString());

        write(projectFile, "{\"safe\": true}");
        assertEquals("  --safe true  (project file " + projectFile + ")", line(host.cco("--dry-run"), "  --safe"));

        host.environment.put("CCO_BASE_IMAGE", "ubuntu:24.04");
        assertEquals("  docker base image ubuntu:24.04  (environment)", line(host.cco("--dry-run"), "  docker base image"));

        Host.Result commandLine = host.cco("--dry-run", "--backend", "docker");
        assertEquals("  --backend docker  (command line)", line(commandLine, "  --backend"));
    }

    @Test
    void everyProblemStopsCcoWithOneLineNamingTheFileAndTheKey() throws Exception {
        Map<String, String> problems = Map.of(
                "{\"backend\": \"podman\"}", "backend: unknown backend 'podman' (expected one of: auto, native, docker)",
                "{\"safe\": 1}", "safe: expected true or false, found a number",
                "{\"addDirs\": \"/srv\"}", "addDirs: expected a list of strings, found a string",
                "{\"addDirs\": [\"srv\"]}", "addDirs: 'srv' must be absolute or start with ~/",
                "{\"env\": [\"A-B\"]}", "env: not a valid variable name: 'A-B'",
                "{\"docker\": {\"packages\": [\"-y\"]}}", "docker.packages: not a Debian package name: '-y'",
                "{\"docker\": {\"tag\": \"x\"}}", "docker.tag: unknown key (known: baseImage, packages)",
                "{\"colour\": true}", "colour: unknown key (known: backend, safe, addDirs, allowReadonly, denyPaths, env, docker, updateSource, updateKey, network)",
                "[1]", "expected a JSON object, found a list",
                "{\"safe\": tru}", "not valid JSON (line 1, column 10)");
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            write(userFile, problem.getKey());
            Host.Result run = host.cco("--dry-run");
            assertEquals(5, run.exitCode(), problem.getKey() + ": " + run);
            assertEquals("cco: " + userFile + ": " + problem.getValue() + "\n", run.err(), problem.getKey());
            assertEquals("", run.out());
        }
    }

    @Test
    void aProjectFileThatTriesToWidenAccessGetsNothingOfItButItsDenialsHold() throws Exception {
        Path outside = host.root.resolve("outside");
        Host.Result made = host.unsandboxed("mkdir -p '" + outside + "' && echo secret > secret.txt");
        assertEquals(0, made.exitCode(), made.toString());
        String script = "touch '" + outside + "/written' && echo WROTE; cat secret.txt || echo DENIED";

        Host.Result control = host.cco("--add-dir", outside.toString(), "shell", script);
        assertTrue(control.out().contains("WROTE") && control.out().contains("secret"), "positive control: shared from the command line: " + control);
        assertEquals(0, host.unsandboxed("rm '" + outside + "/written'").exitCode());

        write(projectFile, "{\"addDirs\": [\"" + outside + "\"], \"env\": [\"HOME\"], \"denyPaths\": [\"secret.txt\"]}");
        Host.Result narrowed = host.cco("shell", script);
        assertFalse(narrowed.out().contains("WROTE"), "the project's file shares nothing: " + narrowed);
        assertTrue(narrowed.out().contains("DENIED") && !narrowed.out().contains("secret\n"), "its denial holds: " + narrowed);
        assertTrue(narrowed.err().contains("cco: warning: " + projectFile + ": addDirs ignored: a project's file may only narrow access"), narrowed.toString());
        assertTrue(narrowed.err().contains(projectFile + ": env ignored"), narrowed.toString());
        assertEquals(1, host.unsandboxed("test -e '" + outside + "/written'").exitCode(), "nothing written outside");
    }
}
