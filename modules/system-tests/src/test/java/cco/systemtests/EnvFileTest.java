package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Hardening round 2, class 5: cco reads the project's .env on the sandbox's behalf, so it never
 * reads through it anything the sandbox could not read itself: a link planted by an earlier
 * session, a hard link, a fifo, a .env the user denied.
 */
class EnvFileTest extends OnHost {
    private static final String SHOW = "echo \"key=${AWS_SECRET_ACCESS_KEY:-none}\"";

    @Test
    void aLinkPlantedByAnEarlierSessionDoesNotExportTheSecretItPointsTo() throws Exception {
        host.write(host.home.resolve(".aws/credentials"), "AWS_SECRET_ACCESS_KEY=host-secret\n");
        host.asUnprivilegedUser();
        Host.Result plant = host.sandboxed("ln -s ~/.aws/credentials .env && echo planted");
        assertEquals("planted\n", plant.out(), plant.toString());
        for (String[] options : new String[][] {{}, {"--safe"}}) {
            Host.Result next = host.sandboxed(SHOW, options);
            assertEquals("key=none\n", next.out(), next.toString());
            assertTrue(next.err().contains(".env not read: it is a symbolic link"), next.toString());
        }
        Host.Result control = host.unsandboxed("set -a; . ./.env; " + SHOW);
        assertEquals("key=host-secret\n", control.out(), "positive control: the link does lead to the secret");
    }

    @Test
    void aHardLinkAFifoAndADeniedEnvAreNotReadEither() throws Exception {
        host.write(host.project.resolve("secret.env"), "AWS_SECRET_ACCESS_KEY=hard-linked\n");
        Files.createLink(host.project.resolve(".env"), host.project.resolve("secret.env"));
        host.asUnprivilegedUser();
        Host.Result hardLink = host.sandboxed(SHOW);
        assertEquals("key=none\n", hardLink.out(), hardLink.toString());
        assertTrue(hardLink.err().contains("more than one name"), hardLink.toString());

        Files.delete(host.project.resolve(".env"));
        assertEquals(0, host.unsandboxed("mkfifo .env").exitCode());
        Host.Result fifo = host.sandboxed(SHOW);
        assertEquals("key=none\n", fifo.out(), fifo.toString());
        assertTrue(fifo.err().contains("not a regular file"), fifo.toString());

        Files.delete(host.project.resolve(".env"));
        assertEquals(0, host.unsandboxed("echo AWS_SECRET_ACCESS_KEY=denied > .env").exitCode());
        Host.Result denied = host.sandboxed(SHOW, "--deny-path", ".env");
        assertEquals("key=none\n", denied.out(), denied.toString());
        Host.Result allowed = host.sandboxed(SHOW);
        assertEquals("key=denied\n", allowed.out(), "positive control: a regular .env is read: " + allowed);
        assertFalse(allowed.err().contains("not read"), allowed.toString());
    }
}
