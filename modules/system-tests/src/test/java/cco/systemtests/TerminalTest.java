package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A native session in a real terminal (tmux): the agent has the user's terminal, sees its size
 * and changes, gets Ctrl-C, cannot inject input into the user's shell, and leaves the terminal as
 * it found it however it ends.
 */
class TerminalTest extends OnHost {
    TmuxTerminal terminal;
    String cco;

    @BeforeEach
    void terminal() throws Exception {
        cco = TestBundle.launcher().toString();
        terminal = new TmuxTerminal(host, 100, 30);
    }

    @AfterEach
    void closeTerminal() throws IOException {
        terminal.close();
    }

    private Path file(String name) {
        return host.project.resolve(name);
    }

    @Test
    void theProgramSeesTheTerminalSizeAndItsChanges() throws Exception {
        terminal.type(cco + " --command bash -c 'stty size > size1; trap \"stty size > size2\" WINCH; "
                + "while [ ! -e stop ]; do sleep 0.1; done'; echo \"status=$?\" > status");
        assertEquals("30 100\n", terminal.await(file("size1")));
        terminal.resize(120, 40);
        assertEquals("40 120\n", terminal.await(file("size2")));
        Files.writeString(file("stop"), "x");
        assertEquals("status=0\n", terminal.await(file("status")));
    }

    @Test
    void ctrlCInterruptsTheProgramAndItsStatusPassesThrough() throws Exception {
        terminal.type(cco + " --command bash -c 'trap \"echo interrupted > int; exit 130\" INT; echo ready > ready; "
                + "while :; do sleep 0.1; done'; echo \"status=$?\" > status");
        terminal.await(file("ready"));
        terminal.press("C-c");
        assertEquals("interrupted\n", terminal.await(file("int")));
        assertEquals("status=130\n", terminal.await(file("status")));
    }

    @Test
    void theTerminalIsRestoredHoweverTheProgramEnds() throws Exception {
        String breakAndExit = "bash -c 'stty raw -echo; exit 3'";
        String breakAndDie = "bash -c 'stty raw -echo; kill -KILL $$'";
        terminal.type("stty -g > before; " + breakAndExit + "; stty -g > bare; stty \"$(cat before)\"; "
                + cco + " --command " + breakAndExit + "; echo \"status=$?\" > status1; stty -g > after1; "
                + cco + " --command " + breakAndDie + "; echo \"status=$?\" > status2; stty -g > after2");
        String before = terminal.await(file("before"));
        assertNotEquals(before, terminal.await(file("bare")), "positive control: the program really leaves the terminal raw");
        assertEquals("status=3\n", terminal.await(file("status1")));
        assertEquals(before, terminal.await(file("after1")));
        assertEquals("status=137\n", terminal.await(file("status2")), "128+9 for SIGKILL");
        assertEquals(before, terminal.await(file("after2")));
    }

    @Test
    void terminalInjectionCannotReachTheUsersShell() throws Exception {
        String inject = "perl -e 'for (split //, \"echo x > %s\\n\") { my $c = $_; ioctl(STDIN, 0x5412, $c) }'";
        terminal.type(inject.formatted("injected-control"));
        terminal.await(file("injected-control"));
        terminal.type(cco + " --command " + inject.formatted("injected-by-sandbox") + "; echo done > done");
        terminal.await(file("done"));
        terminal.type("echo later > later");
        terminal.await(file("later"));
        assertFalse(Files.exists(file("injected-by-sandbox")), "the shell ran injected input:\n" + terminal.screen());
        assertTrue(Files.exists(file("injected-control")), "positive control: unsandboxed, the kernel allows TIOCSTI here");
    }
}
