package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: sessions that overlap, end together or are killed leave every project and $HOME as
 * they were but for what the sessions made, and ~/.claude.json gets every change the rules allow,
 * valid at every moment.
 */
class SessionLifecycleTest extends OnHost {
    private final Random random = new Random();

    /** Every path below {@code root}, relative, sorted; cco's own state left out. */
    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.map(path -> root.relativize(path).toString())
                    .filter(path -> !path.isEmpty() && !path.startsWith(".local/state/cco"))
                    .sorted().toList();
        }
    }

    @Test
    void overlappingSessionsShareTheirStandInsAndLeaveOnlyWhatTheyMade() throws Exception {
        List<Path> projects = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            projects.add(Files.createDirectories(host.home.resolve("p" + i)));
        }
        host.asUnprivilegedUser();
        assertEquals(0, host.sandboxed("true").exitCode(), "a first session makes cco's state directory");
        List<String> homeBefore = listing(host.home);
        String script = """
                sleep "$1"; (echo leak > secret.txt) 2>/dev/null && echo LEAKED; cat secret.txt; echo made > "made-$2"; echo ok""";
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            for (boolean oneProject : new boolean[] {true, false}) {
                List<Future<Host.Result>> sessions = new ArrayList<>();
                List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
                Collections.shuffle(order, random);
                for (int i = 0; i < 10; i++) {
                    Path directory = oneProject ? host.project : projects.get(i);
                    String delay = "0." + (2 + order.get(i)) + "5";
                    String name = (oneProject ? "one-" : "own-") + i;
                    sessions.add(pool.submit(() -> host.run(directory, null, TestBundle.launcher().toString(), "--deny-path", "secret.txt",
                            "--command", "sh", "-c", script, "sh", delay, name)));
                    Thread.sleep(random.nextInt(120));
                }
                for (Future<Host.Result> session : sessions) {
                    Host.Result result = session.get();
                    assertEquals("ok\n", result.out(), "the denied path stayed denied while other sessions ended: " + result);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> expectedProject = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expectedProject.add("made-one-" + i);
        }
        assertEquals(expectedProject.stream().sorted().toList(), listing(host.project), "no stand-in left in the shared project");
        List<String> expectedHome = new ArrayList<>(homeBefore);
        for (int i = 0; i < 10; i++) {
            expectedHome.add("p" + i + "/made-own-" + i);
        }
        expectedHome.addAll(expectedProject.stream().map(name -> "project/" + name).toList());
        assertEquals(expectedHome.stream().sorted().toList(), listing(host.home));
        Host.Result control = host.sandboxed("echo x > secret.txt && cat secret.txt");
        assertEquals("x\n", control.out(), "positive control: without --deny-path the file can be written");
    }

    @Test
    void killedSessionsAreFinishedByTheNextStart() throws Exception {
        assertEquals(0, host.unsandboxed("git init -q").exitCode());
        host.asUnprivilegedUser();
        assertEquals(0, host.sandboxed("true").exitCode(), "a first session makes cco's state directory");
        List<String> homeBefore = listing(host.home);
        String script = """
                echo '{"mcpServers":{"x":{"command":"sh"}}}' > .mcp.json
                git init -q "sub-$1" && git -C "sub-$1" config core.fsmonitor 'touch "$HOME/.canary"'
                echo made > "made-$1"; sleep 5""";
        for (int i = 0; i < 50; i++) {
            Process session = host.startCco(host.project, "--deny-path", "secret.txt", "--command", "sh", "-c", script, "sh", String.valueOf(i));
            Thread.sleep(random.nextInt(900));
            session.destroyForcibly().waitFor();
        }
        Thread.sleep(2000); // a JVM that was still preparing when its launcher died finishes writing and exits
        Host.Result next = host.sandboxed("ls -A; echo end");
        assertEquals(0, next.exitCode(), next.toString());
        assertFalse(next.out().contains("secret.txt"), "no stand-in of a killed session is left: " + next);
        assertFalse(Files.exists(host.project.resolve("secret.txt")) || Files.exists(host.project.resolve(".mcp.json")), next.toString());
        try (Stream<Path> made = Files.list(host.project)) {
            for (Path sub : made.filter(path -> path.getFileName().toString().startsWith("sub-")).toList()) {
                assertEquals("", host.unsandboxed("git -C " + sub.getFileName() + " config --get core.fsmonitor").out(), sub.toString());
            }
        }
        try (Stream<Path> sessions = Files.list(host.home.resolve(".local/state/cco/sessions"))) {
            assertEquals(List.of(), sessions.filter(Files::isDirectory).toList(), "every killed session was finished");
        }
        List<String> home = new ArrayList<>(listing(host.home));
        home.removeIf(path -> path.startsWith("project/made-") || path.startsWith("project/sub-") || path.startsWith("project/.git"));
        List<String> expected = new ArrayList<>(homeBefore);
        expected.removeIf(path -> path.startsWith("project/.git"));
        assertEquals(expected, home, "nothing else appeared in $HOME or the project");
        try (Stream<Path> quarantined = Files.walk(host.home.resolve(".local/state/cco/quarantine"))) {
            assertTrue(quarantined.anyMatch(path -> path.endsWith("project/.mcp.json")), "what the killed sessions created was quarantined");
        }
    }

    @Test
    void sessionsEndingTogetherMergeEveryAllowedChangeAndTheFileIsValidThroughout() throws Exception {
        Path claudeJson = host.write(host.home.resolve(".claude.json"), "{\"numStartups\":1,\"tipsHistory\":{},\"projects\":{}}");
        List<Path> projects = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            projects.add(Files.createDirectories(host.home.resolve("p" + i)));
        }
        Path go = host.root.resolve("go");
        host.asUnprivilegedUser();
        String script = """
                python3 - "$PWD" "$1" <<'PY'
                import json, os, sys
                path = os.path.join(os.environ["CLAUDE_CONFIG_DIR"], ".claude.json")
                state = json.load(open(path))
                state["tipsHistory"]["tip-" + sys.argv[2]] = 1
                state.setdefault("projects", {}).setdefault(sys.argv[1], {})["lastSessionId"] = "s-" + sys.argv[2]
                json.dump(state, open(path, "w"))
                PY
                touch ready; while [ ! -e "$2" ]; do sleep 0.05; done""";
        ObjectMapper json = new ObjectMapper();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger invalid = new AtomicInteger();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    json.readTree(Files.readAllBytes(claudeJson));
                } catch (IOException e) {
                    invalid.incrementAndGet();
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Host.Result>> sessions = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Path directory = projects.get(i);
                String name = String.valueOf(i);
                sessions.add(pool.submit(() -> host.run(directory, null, TestBundle.launcher().toString(), "shell",
                        "set -- " + name + " '" + go + "'\n" + script)));
            }
            for (Path project : projects) {
                while (!Files.exists(project.resolve("ready"))) {
                    Thread.sleep(50);
                }
            }
            Files.writeString(go, "");
            for (int n = 1; n <= 40; n++) {
                rewriteOnTheHost(json, claudeJson, n);
            }
            for (Future<Host.Result> session : sessions) {
                assertEquals(0, session.get().exitCode(), session.get().toString());
            }
        } finally {
            running.set(false);
            reader.join();
            pool.shutdownNow();
        }
        assertEquals(0, invalid.get(), "a reader never saw a partial file");
        JsonNode after = json.readTree(claudeJson.toFile());
        for (int i = 0; i < 10; i++) {
            assertTrue(after.path("tipsHistory").has("tip-" + i), "tip " + i + ": " + after);
            assertEquals("s-" + i, after.path("projects").path(projects.get(i).toString()).path("lastSessionId").asText(), after.toString());
        }
        assertEquals(40, after.path("hostCounter").asInt(), "the host's own writes are kept: " + after);
    }

    /** As Claude Code on the host writes: under its lock (a directory), a temporary file renamed over the file. */
    private static void rewriteOnTheHost(ObjectMapper json, Path file, int counter) throws Exception {
        Path lock = file.resolveSibling(file.getFileName() + ".lock");
        while (true) {
            try {
                Files.createDirectory(lock);
                break;
            } catch (java.nio.file.FileAlreadyExistsException held) {
                Thread.sleep(5);
            }
        }
        try {
            com.fasterxml.jackson.databind.node.ObjectNode state = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
            state.put("hostCounter", counter);
            Path temporary = file.resolveSibling(".claude.json.host-tmp");
            json.writeValue(temporary.toFile(), state);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.delete(lock);
        }
    }
}
