package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions in real containers of a real Docker daemon, run as a user in the docker group: what
 * a container shows of the host, who owns what it writes, what it cannot do (the Docker cases of
 * SECURITY-CASES.md), and that it never outlives cco. Each refusal has its positive control.
 */
class DockerBackendTest extends OnHost {

    @BeforeEach
    void dockerUser() throws Exception {
        DockerDaemon.prepare(host);
        host.asDockerUser();
    }

    private Host.Result inDocker(String script, String... options) throws Exception {
        return host.sandboxed(script, Stream.concat(Stream.of("--backend", "docker"), Stream.of(options)).toArray(String[]::new));
    }

    private static long ownerOf(Path path) throws Exception {
        return ((Number) Files.getAttribute(path, "unix:uid")).longValue();
    }

    /** Issue 12: --allow-oauth-refresh in a container, as CredentialsTest does it natively. */
    @Test
    void aTokenRefreshedInAContainerReachesTheHostOnlyWithTheFlag() throws Exception {
        long expiry = 1_900_000_000_000L;
        Path credentials = host.home.resolve(".claude/.credentials.json");
        Host.Result loggedIn = host.unsandboxed("mkdir -p ~/.claude && printf '%s' '" + CredentialsTest.claude("T0", expiry) + "' > " + credentials
                + " && printf '%s' '" + CredentialsTest.configuration("ada@example.com") + "' > ~/.claude.json");
        assertEquals(0, loggedIn.exitCode(), "the user's own files: " + loggedIn);
        Host.Result readOnly = host.cco("--backend", "docker", "shell", CredentialsTest.refresh("T1", expiry + 1000));
        assertNotEquals(0, readOnly.exitCode(), readOnly.toString());
        assertEquals(CredentialsTest.claude("T0", expiry), Files.readString(credentials), "read-only without the flag");
        Host.Result refreshed = host.cco("--backend", "docker", "--allow-oauth-refresh", "shell",
                CredentialsTest.refresh("T1", expiry + 1000));
        assertEquals(0, refreshed.exitCode(), refreshed.toString());
        assertEquals(CredentialsTest.claude("T1", expiry + 1000), Files.readString(credentials), refreshed.toString());
        assertTrue(refreshed.err().contains("the Claude Code token the agent refreshed"), refreshed.toString());
    }

    @Test
    void filesWrittenInTheProjectBelongToTheCaller() throws Exception {
        Host.Result result = inDocker("touch made; mkdir -p node_modules/.x; id -u; id -un; echo \"$HOME\"");
        assertEquals(0, result.exitCode(), result.toString());
        long caller = ownerOf(host.project);
        assertEquals(String.valueOf(caller), result.out().lines().findFirst().orElse(""), result.toString());
        assertNotEquals("", result.out().lines().skip(1).findFirst().orElse(""), "the user has a passwd entry: " + result);
        assertEquals(host.home.toString(), result.out().lines().skip(2).findFirst().orElse(""), "HOME is the user's home path");
        assertEquals(caller, ownerOf(host.project.resolve("made")));
        assertEquals(caller, ownerOf(host.project.resolve("node_modules/.x")));
    }

    @Test
    void theHomeIsTheAgentsOwnAndCcoLeavesNothingRootOwned() throws Exception {
        Host.Result result = inDocker("mkdir -p ~/.cache/tool ~/.local/bin && printf '#!/bin/sh\\necho ran\\n' > ~/.local/bin/t && chmod +x ~/.local/bin/t"
                + " && ~/.local/bin/t && stat -c '%u' ~/.cache ~ && id -u");
        assertEquals(0, result.exitCode(), result.toString());
        List<String> lines = result.out().lines().toList();
        assertEquals("ran", lines.getFirst(), "programs installed in the home run: " + result);
        String uid = lines.getLast();
        assertEquals(List.of(uid, uid), lines.subList(1, 3), "~/.cache (above the cache stores' mount points) and ~ are the user's: " + result);
        Host.Result rootOwned = host.unsandboxed("find " + host.home + " -user 0 -print");
        assertEquals("", rootOwned.out(), "no root-owned mount point left on the host (the daemon makes missing ones as root)");
    }

    @Test
    void outputFromTheFirstInstantIsKept() throws Exception {
        for (int i = 0; i < 5; i++) {
            Host.Result result = inDocker("echo early");
            assertEquals("early\n", result.out(), "run " + i + ": " + result);
        }
    }

    @Test
    void onlyTheProjectAndExplicitSharesExist() throws Exception {
        host.write(host.home.resolve("notes.txt"), "host file outside the project\n");
        Path shared = Files.createDirectories(host.root.resolve("shared"));
        host.write(shared.resolve("doc.txt"), "shared\n");
        host.write(host.project.resolve("in-project.txt"), "project\n");
        Host.Result result = inDocker("cat in-project.txt; cat " + shared.resolve("doc.txt") + "; test -e " + host.home.resolve("notes.txt")
                + " && echo HOME-VISIBLE; test -e " + host.root + "/other && echo OTHER-VISIBLE; ls " + host.root,
                "--add-dir", shared + ":ro");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("project\nshared\n"), "positive control: the project and the share are there: " + result);
        assertFalse(result.out().contains("HOME-VISIBLE"), result.toString());
        assertEquals(List.of("home", "shared"), result.out().lines().skip(2).sorted().toList(), "nothing else of the host's directory: " + result);
        assertTrue(host.unsandboxed("test -e " + host.home.resolve("notes.txt")).exitCode() == 0, "positive control: the host has it");
    }

    @Test
    void aDeniedPathInsideAShareIsUnreadableAndAReadOnlyShareUnwritable() throws Exception {
        Path shared = Files.createDirectories(host.root.resolve("shared"));
        host.write(shared.resolve("secret.env"), "TOKEN=canary\n");
        host.write(shared.resolve("secrets/key"), "canary key\n");
        host.write(shared.resolve("open.txt"), "open\n");
        Host.Result result = inDocker("cat " + shared + "/open.txt; cat " + shared + "/secret.env; ls " + shared + "/secrets; "
                + "echo x > " + shared + "/open.txt || echo WRITE-REFUSED",
                "--add-dir", shared + ":ro", "--deny-path", shared.resolve("secret.env").toString(), "--deny-path", shared.resolve("secrets").toString());
        assertTrue(result.out().startsWith("open\n"), "positive control: the rest of the share is readable: " + result);
        assertFalse(result.out().contains("canary"), result.toString());
        assertTrue(result.out().contains("WRITE-REFUSED"), result.toString());
        assertEquals("open\n", Files.readString(shared.resolve("open.txt")));
    }

    @Test
    void protectedPathsStayReadOnlyAndTheProjectShowsOnlyWhatTheSessionMade() throws Exception {
        host.write(host.project.resolve(".envrc"), "echo host\n");
        host.write(host.project.resolve(".git/hooks/pre-commit"), "#!/bin/sh\n");
        List<String> before = listing(host.project);
        Host.Result result = inDocker("echo pwned >> .envrc || echo ENVRC-REFUSED; echo pwned > .git/hooks/post-checkout || echo HOOK-REFUSED; "
                + "ls -a; echo data > made.txt");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("ENVRC-REFUSED") && result.out().contains("HOOK-REFUSED"), result.toString());
        assertEquals("echo host\n", Files.readString(host.project.resolve(".envrc")));
        List<String> after = listing(host.project);
        List<String> expected = Stream.concat(before.stream(), Stream.of("made.txt")).sorted().toList();
        assertEquals(expected, after, "only what the session wrote: no mount points, no stand-ins left in the project");
    }

    private static List<String> listing(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> !path.equals(root)).map(path -> root.relativize(path).toString()).sorted().toList();
        }
    }

    @Test
    void noSetuidRootFilesNoDevicesNoSocketNoSudoNoCapabilities() throws Exception {
        Host.Result result = inDocker("mknod disk b 8 0 2>/dev/null && echo MKNOD; cp /bin/sh sh-copy && chmod 4755 sh-copy; "
                + "test -S /var/run/docker.sock && echo SOCKET; command -v sudo && echo SUDO; "
                + "grep -E '^Cap(Eff|Prm|Bnd|Amb)' /proc/self/status; grep NoNewPrivs /proc/self/status; echo done");
        assertEquals(0, result.exitCode(), result.toString());
        assertFalse(result.out().contains("MKNOD") || result.out().contains("SOCKET") || result.out().contains("SUDO"), result.toString());
        for (String set : List.of("CapEff", "CapPrm", "CapBnd", "CapAmb")) {
            assertTrue(result.out().contains(set + ":\t0000000000000000"), set + ": " + result);
        }
        assertTrue(result.out().contains("NoNewPrivs:\t1"), result.toString());
        Host.Result found = host.unsandboxed("find . \\( -type b -o -type c -o -perm -4000 -user 0 \\) -print");
        assertEquals("", found.out(), "no device node and no setuid-root file in the project");
        Host.Result control = host.unsandboxed("id -u");
        assertTrue(control.exitCode() == 0, "positive control: the host runs commands");
        Host.Result withSocket = inDocker("test -S /var/run/docker.sock && echo SOCKET", "--docker");
        assertTrue(withSocket.out().contains("SOCKET") && withSocket.err().contains("--docker"),
                "positive control: --docker shares the socket, with the warning: " + withSocket);
    }

    @Test
    void noCredentialReachesDockerInspectOrTheImageButTheAgentHasIt() throws Exception {
        host.environment.put("ANTHROPIC_API_KEY", "sk-ant-canary-4242");
        Path auth = host.write(host.home.resolve(".codex/auth.json"), "{\"token\": \"codex-canary-77\"}\n");
        Process session = host.startCco(host.project, "--backend", "docker", "--command", "sh", "-c",
                "echo \"$ANTHROPIC_API_KEY\" > seen; cat ~/.codex/auth.json > seen-auth; (echo x > ~/.codex/auth.json) 2>/dev/null || echo refused > auth-write; sleep 60");
        try {
            Path seen = host.project.resolve("seen");
            for (int i = 0; i < 600 && !Files.exists(seen); i++) {
                Thread.sleep(100);
            }
            assertEquals("sk-ant-canary-4242\n", Files.readString(seen), "positive control: the agent gets its key");
            Path authWrite = host.project.resolve("auth-write");
            for (int i = 0; i < 100 && !Files.exists(authWrite); i++) {
                Thread.sleep(100);
            }
            assertEquals("{\"token\": \"codex-canary-77\"}\n", Files.readString(host.project.resolve("seen-auth")), "and its credential file");
            assertEquals("refused\n", Files.readString(authWrite), "read-only inside");
            List<String> containers = DockerDaemon.containers("dev.cco.project", host.project.toString());
            assertEquals(1, containers.size(), containers.toString());
            Host.Result inspect = DockerDaemon.docker("inspect", containers.getFirst());
            assertEquals(0, inspect.exitCode(), inspect.toString());
            assertFalse(inspect.out().contains("canary"), "docker inspect shows no credential");
            assertFalse(inspect.out().contains("\"Source\": \"" + auth + "\""), "the credential file is the session's copy, not the host's");
            assertTrue(inspect.out().contains("\"CapDrop\": [\n                \"ALL\""), "positive control of what inspect shows: " + inspect.out());
            String image = DockerDaemon.docker("inspect", "--format", "{{.Config.Image}}", containers.getFirst()).out().strip();
            Host.Result history = DockerDaemon.docker("history", "--no-trunc", image);
            assertEquals(0, history.exitCode(), history.toString());
            assertFalse(history.out().contains("canary"), "no credential in the image's layers");
        } finally {
            session.destroy();
            session.waitFor();
        }
        try (Stream<Path> left = Files.walk(host.home.resolve(".local/state/cco"))) {
            assertEquals(List.of(), left.filter(path -> path.toString().contains("credentials")).toList(), "the copies went with the session");
        }
    }

    @Test
    void aKilledCcoLeavesNoRunningContainer() throws Exception {
        Process session = host.startCco(host.project, "--backend", "docker", "--command", "sh", "-c",
                "kill -KILL 1; kill -TERM 1; pkill -KILL -x entrypoint; (sleep 100 & kill $! && echo works > kill-control); touch started; sleep 300");
        Path started = host.project.resolve("started");
        for (int i = 0; i < 600 && !Files.exists(started); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(started), "the session started");
        assertTrue(Files.exists(host.project.resolve("kill-control")), "positive control: the agent can kill what is its own");
        Thread.sleep(1000);
        Host.Result runs = DockerDaemon.docker("ps", "--filter", "label=dev.cco.project=" + host.project, "--format", "{{.Names}}");
        assertEquals(1, runs.out().lines().count(), "positive control: its container runs, the agent's kills of PID 1 changed nothing: " + runs);
        killTree(session.toHandle());
        long killed = System.nanoTime();
        List<String> running = List.of("?");
        while (!running.isEmpty() && System.nanoTime() - killed < 20_000_000_000L) {
            Thread.sleep(250);
            Host.Result ps = DockerDaemon.docker("ps", "--filter", "label=dev.cco.project=" + host.project, "--format", "{{.Names}}");
            running = ps.out().lines().filter(line -> !line.isBlank()).toList();
        }
        double seconds = (System.nanoTime() - killed) / 1e9;
        assertTrue(running.isEmpty() && seconds <= 12, "container still running " + seconds + " s after SIGKILL: " + running);
        Host.Result next = inDocker("true");
        assertEquals(0, next.exitCode(), next.toString());
        assertEquals(List.of(), DockerDaemon.containers("dev.cco.project", host.project.toString()),
                "the next start removed the stopped container");
    }

    /** SIGKILL to the launcher and the JVM, as `kill -9` of cco's process group would. */
    private static void killTree(ProcessHandle root) {
        root.descendants().forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
    }

    @Test
    void stdinEndsForTheAgentAndItsStatusAndStreamsPassThrough() throws Exception {
        host.write(host.project.resolve("input.txt"), "line one\nline two\n");
        Host.Result result = host.run(host.project, "line one\nline two\n", TestBundle.launcher().toString(), "--backend", "docker",
                "--command", "sh", "-c", "wc -l; echo to-err >&2; exit 7");
        assertEquals(7, result.exitCode(), result.toString());
        assertEquals("2\n", result.out(), result.toString());
        assertTrue(result.err().contains("to-err"), result.toString());
        assertFalse(result.out().contains("to-err"), "stderr kept apart");
    }

    @Test
    void aPathThatCannotBeMountedIsRefusedWithNothingLeft() throws Exception {
        Path odd = Files.createDirectories(host.root.resolve("a:b"));
        Host.Result result = inDocker("true", "--add-dir", odd.toString());
        assertEquals(125, result.exitCode(), result.toString());
        assertTrue(result.err().contains("cannot be mounted into a container"), result.toString());
        assertEquals(1, result.err().lines().count(), "one line: " + result);
        assertEquals(List.of(), DockerDaemon.containers("dev.cco.project", host.project.toString()));
    }

    @Test
    void anUnreachableDaemonOrSocketIsOneLineNamingTheFix() throws Exception {
        host.environment.put("DOCKER_HOST", "unix://" + host.root.resolve("no-daemon.sock"));
        Host.Result down = inDocker("true");
        assertEquals(125, down.exitCode(), down.toString());
        assertTrue(down.err().contains("no-daemon.sock (DOCKER_HOST): no socket") && down.err().contains("start the Docker daemon"), down.toString());
        assertEquals(1, down.err().lines().count(), down.toString());

        Path socket = host.root.resolve("locked.sock");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("---------"));
            host.environment.put("DOCKER_HOST", "unix://" + socket);
            Host.Result denied = inDocker("true");
            assertEquals(125, denied.exitCode(), denied.toString());
            assertTrue(denied.err().toLowerCase().contains("permission denied") && denied.err().contains("docker group"), denied.toString());
        }
    }

    @Test
    void anUnknownBaseImageIsNamedWithNothingLeft() throws Exception {
        host.environment.put("CCO_BASE_IMAGE", "cco-no-such-base:1");
        Host.Result result = inDocker("true");
        assertEquals(125, result.exitCode(), result.toString());
        assertTrue(result.err().contains("the base image cco-no-such-base:1 is not on this machine and cannot be pulled"), result.toString());
        assertEquals(List.of(), DockerDaemon.containers("dev.cco.project", host.project.toString()));
    }
}
