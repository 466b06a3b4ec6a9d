package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hardening round 2, class 7: a share that contains $HOME (--add-dir ~, or a project that is the
 * home directory) keeps the files the host runs code from read-only, and ~/.ssh and credential
 * files hidden, even those that do not exist yet; the rest of the home is writable, with a warning.
 */
class WritableHomeTest extends OnHost {
    private static final List<String> TARGETS = List.of(".bashrc", ".profile", ".zshenv", ".bash_login", ".gitconfig", ".inputrc",
            ".config/autostart/evil.desktop", ".config/fish/config.fish", ".config/systemd/user/evil.service", ".config/git/config",
            ".local/bin/git", ".ssh/authorized_keys", ".aws/config", ".kube/config", ".npmrc");

    private static String plant(Path home) {
        StringBuilder script = new StringBuilder("cd " + home + "\n");
        for (String target : TARGETS) {
            script.append("mkdir -p \"$(dirname ").append(target).append(")\" 2>/dev/null; (echo 'touch ~/.canary' >> ")
                    .append(target).append(") 2>/dev/null && echo \"WROTE ").append(target).append("\"\n");
        }
        return script.append("echo notes > notes.txt && echo wrote-notes\n").toString();
    }

    @Test
    void codeTheHostRunsStaysReadOnlyEvenWhereMissingTheRestIsWritable() throws Exception {
        host.write(host.home.resolve(".bashrc"), "# host bashrc\n");
        Path controlHome = Files.createDirectories(host.root.resolve("control-home"));
        host.asUnprivilegedUser();
        Host.Result result = host.sandboxed(plant(host.home), "--add-dir", "~");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("WROTE .bash_login\nwrote-notes\n", result.out(), result.toString());
        assertTrue(result.err().contains("can write your home directory"), result.toString());
        assertEquals("# host bashrc\n", Files.readString(host.home.resolve(".bashrc")));
        for (String target : TARGETS) {
            if (!target.equals(".bashrc")) {
                assertFalse(Files.exists(host.home.resolve(target)), target + " is on the host: " + result);
            }
        }
        assertTrue(result.err().contains(".bash_login") && result.err().contains("moved to"), "created where no stand-in can be: " + result);
        assertEquals("notes\n", Files.readString(host.home.resolve("notes.txt")), "positive control: the rest of the home is writable");
        for (String standIn : List.of(".profile", ".ssh", ".config", ".local/bin")) {
            assertFalse(Files.exists(host.home.resolve(standIn)), standIn + ": stand-ins are gone after the session");
        }

        Host.Result control = host.unsandboxed(plant(controlHome));
        assertEquals(TARGETS.size() + 1, control.out().lines().count(), "positive control: every write works outside: " + control);
    }
}
