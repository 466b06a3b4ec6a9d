package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A session in a real terminal (tmux), both ways cco attaches it: handed over (the agent has the
 * user's terminal) and with --pty (cco relays a private terminal). The program sees the size and
 * its changes, gets Ctrl-C, cannot inject input into the user's shell, and the terminal is left
 * as it was found however the session ends.
 */
class TerminalTest extends OnHost {
    private static final String HANDED_OVER = "handed-over";
    private static final String RELAYED = "--pty";
    /** Attached: the JVM stays and relays the container's terminal through the Engine API. */
    private static final String DOCKER = "docker";

    TmuxTerminal terminal;
    String launcher;

    @BeforeEach
    void terminal() throws Exception {
        host.environment.put("CCO_BASE_IMAGE", DockerDaemon.BASE_IMAGE);
        launcher = TestBundle.launcher().toString();
        terminal = new TmuxTerminal(host, 100, 30);
    }

    @AfterEach
    void closeTerminal() throws IOException {
        terminal.close();
    }

    private String cco(String mode) throws Exception {
        return switch (mode) {
            case RELAYED -> launcher + " --pty";
            case DOCKER -> {
                DockerDaemon.prepare(host);
                yield launcher + " --backend docker";
            }
            default -> launcher;
        };
    }

    private Path file(String name) {
        return host.project.resolve(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {HANDED_OVER, RELAYED, DOCKER})
    void theProgramSeesTheTerminalSizeAndItsChanges(String mode) throws Exception {
        terminal.type(cco(mode) + " --command bash -c 'stty size > size1; trap \"stty size > size2\" WINCH; "
                + "while [ ! -e stop ]; do sleep 0.1; done'; echo \"status=$?\" > status");
        assertEquals("30 100\n", terminal.await(file("size1")));
        terminal.resize(120, 40);
        // A change may come as more than one signal (tmux, Docker), each with the size of its moment: the last one counts.
        assertEquals("40 120\n", terminal.awaitContent(file("size2"), "40 120\n"));
        Files.writeString(file("stop"), "x");
        assertEquals("status=0\n", terminal.await(file("status")));
    }

    @ParameterizedTest
    @ValueSource(strings = {HANDED_OVER, RELAYED, DOCKER})
    void ctrlCInterruptsTheProgramAndItsStatusPassesThrough(String mode) throws Exception {
        terminal.type(cco(mode) + " --command bash -c 'trap \"echo interrupted > int; exit 130\" INT; echo ready > ready; "
                + "while :; do sleep 0.1; done'; echo \"status=$?\" > status");
        terminal.await(file("ready"));
        terminal.press("C-c");
        assertEquals("interrupted\n", terminal.await(file("int")));
        assertEquals("status=130\n", terminal.await(file("status")));
    }

    @ParameterizedTest
    @ValueSource(strings = {HANDED_OVER, RELAYED})
    void ctrlZGivesTheShellBackAndFgContinuesTheProgramEachTime(String mode) throws Exception {
        Files.writeString(file("session.sh"), cco(mode) + " --command sh -c 'while [ ! -e stop ]; do echo x >> ticks; sleep 0.1; done'\n"
                + "echo \"status=$?\" > status\n");
        terminal.type("bash session.sh");
        terminal.await(file("ticks"));
        int rounds = mode.equals(RELAYED) ? 10 : 2;
        for (int stop = 1; stop <= rounds; stop++) {
            terminal.press("C-z");
            terminal.awaitScreen("Stopped", stop);
            long ticks = Files.size(file("ticks"));
            terminal.type("fg");
            awaitGrowth(file("ticks"), ticks);
        }
        Files.writeString(file("stop"), "x");
        assertEquals("status=0\n", terminal.await(file("status")));
    }

    /** The program runs again (and so has the terminal again) once its file grows. */
    private void awaitGrowth(Path file, long size) throws Exception {
        for (int i = 0; i < 300 && Files.size(file) <= size; i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.size(file) > size, "the program did not continue after fg:\n" + terminal.screen());
    }

    @ParameterizedTest
    @ValueSource(strings = {HANDED_OVER, RELAYED})
    void aStoppedCcoEndsWithKillAndLeavesTheTerminalAsItWas(String mode) throws Exception {
        terminal.type("stty -g > before; " + cco(mode) + " --command sh -c 'echo ready > ready; read line'");
        terminal.await(file("ready"));
        terminal.press("C-z");
        terminal.awaitScreen("Stopped");
        terminal.type("kill %1; while kill -0 %1 2>/dev/null; do sleep 0.1; done; stty -g > after");
        assertEquals(terminal.await(file("before")), terminal.await(file("after")));
        terminal.awaitScreen("Exit 143");
    }

    @Test
    void withPtyNoDescriptorButTheTerminalLeaksIn() throws Exception {
        Files.writeString(file("fds.pl"), "opendir(my $d, '/proc/self/fd');\n"
                + "my @fds = sort { $a <=> $b } grep { /^[0-9]+$/ && $_ != fileno($d) } readdir($d);\n"
                + "open(my $out, '>', 'fds'); print $out \"@fds\\n\";\n");
        terminal.type("exec 7</etc/hostname; perl fds.pl; mv fds fds-unsandboxed; " + launcher + " --pty --command perl fds.pl");
        String unsandboxed = terminal.await(file("fds-unsandboxed"));
        assertTrue(List.of(unsandboxed.strip().split(" ")).contains("7"), "positive control: unsandboxed, 7 is inherited: " + unsandboxed);
        assertEquals("0 1 2\n", terminal.await(file("fds")));
    }

    @Test
    void withPtyAnAgentThatSuspendsItselfOnCtrlZStopsCcoToo() throws Exception {
        terminal.type(launcher + " --pty --command sh -c 'stty raw -echo; echo ready > ready; dd bs=1 count=1 of=key 2>/dev/null; "
                + "stty sane; kill -TSTP $$; echo resumed > resumed'");
        terminal.await(file("ready"));
        terminal.press("C-z");
        terminal.awaitScreen("Stopped");
        assertArrayEquals(new byte[] {0x1a}, Files.readAllBytes(file("key")), "the agent read Ctrl-Z as a key");
        assertFalse(Files.exists(file("resumed")));
        terminal.type("fg");
        assertEquals("resumed\n", terminal.await(file("resumed")));
    }

    @Test
    void withPtyAShellInsideKeepsJobControlOfItsOwn() throws Exception {
        terminal.type(launcher + " --pty --command bash --norc --noprofile -i; echo \"status=$?\" > status");
        terminal.awaitScreen("bash-");
        // Ctrl-Z before the inner bash has started the job would reach bash itself, which ignores it.
        terminal.type("sh -c 'echo $$ > started; exec sleep 100'");
        terminal.await(file("started"));
        terminal.press("C-z");
        terminal.awaitScreen("Stopped");
        terminal.type("jobs > jobs-inside");
        assertTrue(terminal.await(file("jobs-inside")).contains("sleep 100"), "Ctrl-Z did not reach the inner shell's job:\n" + terminal.screen());
        terminal.type("exit 4");
        assertEquals("status=4\n", terminal.await(file("status")));
    }

    @ParameterizedTest
    @ValueSource(strings = {HANDED_OVER, RELAYED, DOCKER})
    void theTerminalIsRestoredHoweverTheProgramEnds(String mode) throws Exception {
        String breakAndExit = "bash -c 'stty raw -echo; exit 3'";
        String breakAndDie = "bash -c 'stty raw -echo; kill -KILL $$'";
        terminal.type("stty -g > before; " + breakAndExit + "; stty -g > bare; stty \"$(cat before)\"; "
                + cco(mode) + " --command " + breakAndExit + "; echo \"status=$?\" > status1; stty -g > after1; "
                + cco(mode) + " --command " + breakAndDie + "; echo \"status=$?\" > status2; stty -g > after2");
        String before = terminal.await(file("before"));
        assertNotEquals(before, terminal.await(file("bare")), "positive control: the program really leaves the terminal raw");
        assertEquals("status=3\n", terminal.await(file("status1")));
        assertEquals(before, terminal.await(file("after1")));
        assertEquals("status=137\n", terminal.await(file("status2")), "128+9 for SIGKILL");
        assertEquals(before, terminal.await(file("after2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {HANDED_OVER, RELAYED, DOCKER})
    void theTerminalIsRestoredWhenCcoIsTerminated(String mode) throws Exception {
        terminal.type("stty -g > before; bash -c 'echo $$ > cco.pid; exec " + cco(mode)
                + " --command bash -c \"stty raw -echo; echo ready > ready; sleep 100\"'; echo \"status=$?\" > status; stty -g > after");
        String before = terminal.await(file("before"));
        terminal.await(file("ready"));
        String pid = terminal.await(file("cco.pid")).strip();
        assertEquals(0, host.run(host.project, null, "kill", "-TERM", pid).exitCode());
        assertEquals("status=143\n", terminal.await(file("status")), "128+15 for SIGTERM");
        assertEquals(before, terminal.await(file("after")));
    }

    @Test
    void aDockerSessionsJvmKilledWithSigkillLeavesTheTerminalAsItWas() throws Exception {
        terminal.type("stty -g > before; bash -c 'echo $$ > cco.pid; exec " + cco(DOCKER)
                + " --command bash -c \"echo ready > ready; sleep 100\"'; echo \"status=$?\" > status; stty -g > after");
        String before = terminal.await(file("before"));
        terminal.await(file("ready"));
        String launcher = terminal.await(file("cco.pid")).strip();
        Host.Result raw = host.run(host.project, null, "sh", "-c", "stty -g < /dev/$(ps -o tty= -p " + launcher + ")");
        assertNotEquals(before.strip(), raw.out().strip(), "positive control: the relay has the terminal raw: " + raw);
        Host.Result kill = host.run(host.project, null, "sh", "-c", "kill -KILL $(pgrep -P " + launcher + " java)");
        assertEquals(0, kill.exitCode(), kill.toString());
        assertEquals("status=137\n", terminal.await(file("status")), "128+9: the JVM's death is cco's status");
        assertEquals(before, terminal.await(file("after")));
    }

    @ParameterizedTest
    @ValueSource(strings = {HANDED_OVER, RELAYED})
    void terminalInjectionCannotReachTheUsersShell(String mode) throws Exception {
        String inject = "perl -e 'for (split //, \"echo x > %s\\n\") { my $c = $_; ioctl(STDIN, 0x5412, $c) }'";
        terminal.type(inject.formatted("injected-control"));
        terminal.await(file("injected-control"));
        terminal.type(cco(mode) + " --command " + inject.formatted("injected-by-sandbox") + "; echo done > done");
        terminal.await(file("done"));
        terminal.type("echo later > later");
        terminal.await(file("later"));
        assertFalse(Files.exists(file("injected-by-sandbox")), "the shell ran injected input:\n" + terminal.screen());
        assertTrue(Files.exists(file("injected-control")), "positive control: unsandboxed, the kernel allows TIOCSTI here");
    }

    @Test
    void withPtyTheSessionHasATerminalOfItsOwn() throws Exception {
        String terminalOfTheSession = " --command sh -c 'readlink /proc/self/fd/0 > %s; readlink /proc/self/fd/2 >> %s'";
        terminal.type("tty > users; " + launcher + terminalOfTheSession.formatted("handed-over", "handed-over") + "; "
                + launcher + " --pty" + terminalOfTheSession.formatted("relayed", "relayed") + "; echo done > done");
        terminal.await(file("done"));
        String users = terminal.await(file("users")).strip();
        assertEquals(users + "\n" + users + "\n", terminal.await(file("handed-over")), "positive control: handed over, it is the user's");
        String relayed = terminal.await(file("relayed"));
        assertTrue(relayed.matches("(/dev/pts/[0-9]+\n){2}"), relayed);
        assertFalse(relayed.contains(users + "\n"), "the session got the user's terminal " + users);
    }

    @Test
    void withPtyButNoTerminalTheStreamsPassThroughUntouched() throws Exception {
        byte[] data = new byte[1 << 20];
        new Random(7).nextBytes(data);
        Files.write(file("data"), data);
        terminal.type("stty -g > before; " + launcher + " --pty --command cat < data > copy; echo \"status=$?\" > status; stty -g > after");
        assertEquals("status=0\n", terminal.await(file("status")));
        assertArrayEquals(data, Files.readAllBytes(file("copy")));
        assertEquals(terminal.await(file("before")), terminal.await(file("after")));
    }
}
