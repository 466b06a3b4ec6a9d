package cco.adapter.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cco.domain.terminal.TerminalSignal;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real signals sent to this JVM by kill(1). */
@Timeout(30)
class SignalDispatcherTest {

    @Test
    void eachSignalReachesTheActionOnTheDispatchersOwnThread() throws Exception {
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        new SignalDispatcher().handle(Set.of(TerminalSignal.WINDOW_CHANGE, TerminalSignal.CONTINUE),
                signal -> seen.add(signal + " on " + Thread.currentThread().getName()));

        kill("WINCH");
        assertEquals("WINDOW_CHANGE on cco-signals", seen.poll(10, TimeUnit.SECONDS));
        kill("CONT");
        assertEquals("CONTINUE on cco-signals", seen.poll(10, TimeUnit.SECONDS));
    }

    private static void kill(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(ProcessHandle.current().pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }
}
