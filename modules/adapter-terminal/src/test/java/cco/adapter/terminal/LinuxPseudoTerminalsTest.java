package cco.adapter.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.port.PseudoTerminal;
import cco.domain.terminal.WindowSize;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real pseudo-terminals of this kernel, with real programs on their other end. */
@Timeout(30)
class LinuxPseudoTerminalsTest {

    @Test
    void aProgramOnThePrivateTerminalSeesItsSizeAndTheRelayReadsItsOutputToTheEnd() throws Exception {
        try (PseudoTerminal terminal = new LinuxPseudoTerminals().open(new WindowSize(100, 30))) {
            assertTrue(terminal.devicePath().matches("/dev/pts/[0-9]+"), terminal.devicePath());
            terminal.resize(new WindowSize(120, 40));
            Process program = onTerminal(terminal, "stty size; echo done");

            assertEquals("40 120\r\ndone\r\n", readToTheEnd(terminal));
            assertEquals(0, program.waitFor());
        }
    }

    @Test
    void whatTheRelayWritesArrivesAsTypedInput() throws Exception {
        try (PseudoTerminal terminal = new LinuxPseudoTerminals().open(new WindowSize(80, 24))) {
            Process program = onTerminal(terminal, "stty -echo; echo ready; read line; echo \"got [$line]\"");
            assertEquals("ready\r\n", readUntil(terminal, "ready\r\n"));
            byte[] typed = "hello\r".getBytes(StandardCharsets.US_ASCII);
            terminal.write(typed, typed.length);

            assertEquals("got [hello]\r\n", readToTheEnd(terminal));
            assertEquals(0, program.waitFor());
        }
    }

    @Test
    void aStoppedForegroundGroupIsSeenAndContinued() throws Exception {
        try (PseudoTerminal terminal = new LinuxPseudoTerminals().open(new WindowSize(80, 24))) {
            File device = new File(terminal.devicePath());
            Process program = new ProcessBuilder("setsid", "--ctty", "sh", "-c", "stty -echo; echo ready; read line; kill -STOP $$; echo continued")
                    .redirectInput(device).redirectOutput(device).redirectError(device).start();
            assertEquals("ready\r\n", readUntil(terminal, "ready\r\n"));
            assertFalse(terminal.foregroundStopped(), "positive control: a program waiting for input is not stopped");
            byte[] line = "go\r".getBytes(StandardCharsets.US_ASCII);
            terminal.write(line, line.length);
            assertTrue(stoppedWithin(terminal, 200), "the stopped foreground group was not seen");

            terminal.continueForeground();
            assertEquals("continued\r\n", readToTheEnd(terminal));
            assertEquals(0, program.waitFor());
            assertFalse(terminal.foregroundStopped(), "a session that has ended is not stopped");
        }
    }

    private static boolean stoppedWithin(PseudoTerminal terminal, int polls) throws InterruptedException {
        for (int i = 0; i < polls; i++) {
            if (terminal.foregroundStopped()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static Process onTerminal(PseudoTerminal terminal, String script) throws Exception {
        File device = new File(terminal.devicePath());
        return new ProcessBuilder("sh", "-c", script).redirectInput(device).redirectOutput(device).redirectError(device).start();
    }

    private static String readToTheEnd(PseudoTerminal terminal) throws Exception {
        return readUntil(terminal, null);
    }

    /** Reads until the text received ends with {@code end}, or to the end of the session when {@code end} is null. */
    private static String readUntil(PseudoTerminal terminal, String end) throws Exception {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[1];
        while ((end == null || !received.toString(StandardCharsets.UTF_8).endsWith(end)) && terminal.read(buffer) > 0) {
            received.write(buffer, 0, 1);
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
