package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/**
 * Hardening round 2, classes 6 and 8: asking for less access below a private root (/tmp, the
 * runtime directory) never binds the host's directories there, and a mount the host makes during
 * a session does not appear inside.
 */
class PrivateRootsAndMountsTest extends OnHost {

    /** A tree a/b/docs under {@code base}, every directory writable by the user, as a shared /tmp would be. */
    private Path tree(Path base) throws Exception {
        Path docs = Files.createDirectories(base.resolve("a/b/docs"));
        Files.writeString(docs.resolve("readme"), "docs\n");
        for (Path dir = docs; !dir.equals(base.getParent()); dir = dir.getParent()) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        return base;
    }

    @Test
    void sharesAndDenialsBelowPrivateRootsNeverExposeTheHostsDirectoriesThere() throws Exception {
        Path inTmp = tree(Files.createTempDirectory(Path.of("/tmp"), "cco-private-root-"));
        Path runtime = Files.createDirectories(host.root.resolve("runtime"));
        Path inRuntime = tree(runtime.resolve("app"));
        host.environment.put("XDG_RUNTIME_DIR", runtime.toString());
        try {
            host.asUnprivilegedUser();
            String script = """
                    for base in "$@"; do
                      cat "$base/a/b/docs/readme"
                      for f in "$base/a/planted" "$base/a/b/planted" "$base/a/b/docs/planted"; do (echo x > "$f") 2>/dev/null && echo "wrote $f"; done
                    done; true""";
            Host.Result result = host.cco("--allow-readonly", inTmp.resolve("a/b/docs").toString(), "--add-dir", inRuntime.resolve("a/b/docs") + ":ro",
                    "--deny-path", inTmp.resolve("a/secret").toString(), "--deny-path", inRuntime.resolve("a/b/gone").toString(),
                    "--command", "sh", "-c", script, "sh", inTmp.toString(), inRuntime.toString());
            assertEquals(0, result.exitCode(), result.toString());
            assertEquals(2, result.out().lines().filter("docs"::equals).count(), "the shares are readable: " + result);
            for (Path base : new Path[] {inTmp, inRuntime}) {
                assertFalse(Files.exists(base.resolve("a/planted")) || Files.exists(base.resolve("a/b/planted")), result.toString());
                assertFalse(Files.exists(base.resolve("a/b/docs/planted")), result.toString());
            }
            assertFalse(Files.exists(inTmp.resolve("a/secret")) || Files.exists(inRuntime.resolve("a/b/gone")), "no stand-in on the host");
            Host.Result control = host.unsandboxed("echo x > " + inTmp.resolve("a/planted") + " && echo wrote");
            assertEquals("wrote\n", control.out(), "positive control: the user can write there outside the sandbox");
        } finally {
            TestBundle.deleteRecursively(inTmp);
        }
    }

    @Test
    void aMountTheHostMakesDuringTheSessionDoesNotAppearInside() throws Exception {
        Path mountPoint = Files.createDirectories(host.home.resolve("media/usb"));
        Files.writeString(mountPoint.resolve("host-file"), "before\n");
        host.environment.put("CCO", TestBundle.launcher().toString());
        host.environment.put("MOUNT_POINT", mountPoint.toString());
        host.asUnprivilegedUser();
        // The host is simulated by a user and mount namespace with shared propagation (systemd's default for /),
        // so that the test needs no privilege: a mount made there propagates to the sandboxes started in it.
        Host.Result result = host.run(host.project, null, "unshare", "-Urm", "--propagation", "shared", "sh", "-c", """
                mount --bind "$HOME" "$HOME" && mount --make-shared "$HOME" || exit 90
                probe='sleep 2; ls "$MOUNT_POINT"; (echo x > "$MOUNT_POINT/planted") 2>/dev/null && echo WROTE'
                "$CCO" -e MOUNT_POINT --command sh -c "$probe" > cco.out 2>&1 &
                bwrap --unshare-user --ro-bind / / --dev /dev --proc /proc sh -c "$probe" > bare.out 2>&1 &
                sleep 1; mount -t tmpfs none "$MOUNT_POINT" && echo mounted > "$MOUNT_POINT/host-file"; wait
                echo "cco:"; cat cco.out; echo "bare:"; cat bare.out; rm -f cco.out bare.out""");
        assertEquals(0, result.exitCode(), result.toString());
        String cco = result.out().substring(result.out().indexOf("cco:"), result.out().indexOf("bare:"));
        String bare = result.out().substring(result.out().indexOf("bare:"));
        assertTrue(bare.contains("WROTE"), "positive control: without cco the host's new mount shows, writable: " + result);
        assertEquals("cco:\nhost-file\n", cco, result.toString());
        assertEquals("before\n", Files.readString(mountPoint.resolve("host-file")));
    }
}
