package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** FEATURES.md §3 (native, native --safe) and SECURITY-CASES FW/FR, checked on the host after each session. */
class FilesystemIsolationTest extends OnHost {

    @Test
    void theProjectIsWritableAndTheRestOfTheHostIsNot() throws Exception {
        Host.Result result = host.sandboxed("""
                echo ok > "$PWD/written-inside"
                for f in "$HOME/.canary-FW01" /etc/canary-FW01 /usr/local/canary-FW01 /var/tmp/canary-FW01 /opt/canary-FW01; do
                  (echo x > "$f") 2>/dev/null && echo "WROTE $f"
                done
                echo done""");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("done\n", result.out(), result.toString());
        assertEquals("ok\n", Files.readString(host.project.resolve("written-inside")), "positive control: the project is writable");
        assertFalse(Files.exists(host.home.resolve(".canary-FW01")));
        assertFalse(Files.exists(Path.of("/etc/canary-FW01")));
        assertFalse(Files.exists(Path.of("/var/tmp/canary-FW01")));
    }

    @Test
    void tmpAndDevShmArePrivateToTheSession() throws Exception {
        Path hostMarker = Files.createTempFile(Path.of("/tmp"), "cco-host-marker-", "");
        try {
            Host.Result result = host.sandboxed("""
                    ls -a /tmp
                    echo inside > /tmp/cco-inside-FW02 && cat /tmp/cco-inside-FW02
                    echo inside > /dev/shm/cco-inside-FW03 && cat /dev/shm/cco-inside-FW03""");
            assertEquals(0, result.exitCode(), result.toString());
            assertFalse(result.out().contains(hostMarker.getFileName().toString()), "host /tmp is invisible: " + result.out());
            assertEquals(2, result.out().lines().filter("inside"::equals).count(), "positive control: both are writable inside");
            assertFalse(Files.exists(Path.of("/tmp/cco-inside-FW02")));
            assertFalse(Files.exists(Path.of("/dev/shm/cco-inside-FW03")));
        } finally {
            Files.delete(hostMarker);
        }
    }

    @Test
    void theRuntimeDirectoryIsPrivateAndItsSocketsUnreachable() throws Exception {
        Path runtime = Files.createDirectories(host.root.resolve("runtime"));
        Files.writeString(runtime.resolve("bus-marker"), "host");
        host.environment.put("XDG_RUNTIME_DIR", runtime.toString());
        Host.Result result = host.sandboxed("""
                echo "runtime=$XDG_RUNTIME_DIR"; ls -a "$XDG_RUNTIME_DIR"; touch "$XDG_RUNTIME_DIR/inside" && echo writable
                ls /run""");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("runtime=" + runtime), result.out());
        assertFalse(result.out().contains("bus-marker"), result.out());
        assertTrue(result.out().contains("writable"), "positive control: a private runtime directory is usable");
        assertFalse(Files.exists(runtime.resolve("inside")));
    }

    @Test
    void aSymlinkInTheProjectCannotWriteThroughToTheHost() throws Exception {
        Files.createDirectories(host.project.resolve("sub"));
        Host.Result result = host.sandboxed("""
                ln -sfn "$HOME" homelink; (echo x > homelink/.canary-FW05) 2>/dev/null && echo "WROTE home"
                ln -sfn sub sublink; echo x > sublink/inside && echo "wrote sub" """);
        assertFalse(result.out().contains("WROTE"), result.toString());
        assertTrue(result.out().contains("wrote sub"), "positive control: a link within the project works");
        assertFalse(Files.exists(host.home.resolve(".canary-FW05")));
        assertTrue(Files.exists(host.project.resolve("sub/inside")));
    }

    @Test
    void theMostSpecificRuleWins() throws Exception {
        Path root = host.root;
        Files.createDirectories(root.resolve("a/ro/secret/ok"));
        Files.writeString(root.resolve("a/ro/secret/x"), "secret");
        Files.writeString(root.resolve("a/ro/r"), "readable");
        Host.Result result = host.sandboxed("""
                P=%s
                for t in a/w a/ro/w a/ro/secret/x a/ro/secret/ok/w; do (echo 1 > $P/$t) 2>/dev/null && echo "W $t"; done
                for t in a/ro/r a/ro/secret/x; do cat $P/$t 2>/dev/null | grep -q . && echo "R $t"; done
                echo end""".formatted(root),
                "--add-dir", root.resolve("a") + ":rw", "--allow-readonly", root.resolve("a/ro").toString(),
                "--deny-path", root.resolve("a/ro/secret").toString(), "--add-dir", root.resolve("a/ro/secret/ok") + ":rw");
        assertEquals("W a/w\nW a/ro/secret/ok/w\nR a/ro/r\nend\n", result.out(), result.toString());
        assertEquals("secret", Files.readString(root.resolve("a/ro/secret/x")));
    }

    @Test
    void wellKnownSecretsAreHiddenUnlessShared() throws Exception {
        host.write(host.home.resolve(".ssh/id_ed25519"), "PRIVATE KEY");
        host.write(host.home.resolve(".aws/credentials"), "aws_secret_access_key=x");
        host.write(host.home.resolve(".gitconfig"), "[user]\n");
        String probe = "for f in ~/.ssh/id_ed25519 ~/.aws/credentials ~/.gitconfig; do cat $f 2>/dev/null | grep -q . && echo \"READABLE $f\"; done; true";
        Host.Result hidden = host.sandboxed(probe);
        assertEquals("READABLE " + host.home + "/.gitconfig\n", hidden.out(), hidden.toString());
        Host.Result shared = host.sandboxed(probe, "--allow-readonly", "~/.ssh");
        assertTrue(shared.out().contains("READABLE " + host.home + "/.ssh/id_ed25519"), "positive control: " + shared);
    }

    @Test
    void aDeniedPathStaysDeniedWhenItAppearsDuringTheSession() throws Exception {
        Path later = host.home.resolve("later.env");
        Path go = host.project.resolve("go");
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                while (!Files.exists(host.project.resolve("ready"))) {
                    Thread.sleep(20);
                }
                Files.writeString(later, "TOKEN=secret");
                Files.writeString(go, "");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Host.Result result = host.sandboxed("""
                touch ready; i=0; while [ ! -e go ] && [ $i -lt 500 ]; do sleep 0.02; i=$((i+1)); done
                cat ~/later.env; echo "<end>"; cat ~/project/go && echo "saw go" """, "--deny-path", "~/later.env");
        writer.join();
        assertEquals("<end>\nsaw go\n", result.out(), result.toString());
        assertEquals("TOKEN=secret", Files.readString(later), "the host's own write went through");
    }

    @Test
    void aDeniedPathInsideTheProjectCannotBeCreatedAndLeavesNothingBehind() throws Exception {
        Host.Result result = host.sandboxed("echo leaked > secret.txt; cat secret.txt; echo visible > other.txt", "--deny-path", "secret.txt");
        assertEquals("", result.out(), result.toString());
        assertFalse(Files.exists(host.project.resolve("secret.txt")), "the stand-in is removed after the session");
        assertEquals("visible\n", Files.readString(host.project.resolve("other.txt")), "positive control");
    }

    @Test
    void safeModeHidesHomeButNotTheProjectOrTheSystem() throws Exception {
        host.write(host.home.resolve("notes.txt"), "private");
        Host.Result result = host.sandboxed("""
                cat ~/notes.txt 2>/dev/null && echo LEAK
                ls ~ ; echo written > inside.txt && echo project-ok; test -x /bin/sh && echo system-ok""", "--safe");
        assertEquals(0, result.exitCode(), result.toString());
        assertFalse(result.out().contains("LEAK"), result.toString());
        assertFalse(result.out().contains("notes.txt"), result.toString());
        assertTrue(result.out().contains("project-ok") && result.out().contains("system-ok"), "positive control: " + result);
        Host.Result plain = host.sandboxed("cat ~/notes.txt");
        assertEquals("private", plain.out(), "positive control: without --safe home is readable");
    }

    @Test
    void addDirSharesReadWriteOrReadOnlyWithAwkwardNames() throws Exception {
        Path spaced = Files.createDirectories(host.root.resolve("dir with space:and colon"));
        Path dashed = Files.createDirectories(host.root.resolve("-dash"));
        Host.Result withArgs = host.cco("--add-dir", spaced.toString(), "--add-dir", dashed + ":ro", "--command", "sh", "-c",
                "echo a > \"$1/f\" && echo wrote-rw; (echo b > \"$2/f\") 2>/dev/null || echo refused-ro", "sh", spaced.toString(), dashed.toString());
        assertEquals("wrote-rw\nrefused-ro\n", withArgs.out(), withArgs.toString());
        assertEquals("a\n", Files.readString(spaced.resolve("f")));
        assertFalse(Files.exists(dashed.resolve("f")));

        Path newline = Files.createDirectories(host.root.resolve("new\nline"));
        Host.Result dotted = host.cco("--add-dir", "../../new\nline/../new\nline", "--command", "sh", "-c", "echo b > \"$0/g\" && echo wrote", newline.toString());
        assertEquals("wrote\n", dotted.out(), dotted.toString());
        assertEquals("b\n", Files.readString(newline.resolve("g")));
    }
}
