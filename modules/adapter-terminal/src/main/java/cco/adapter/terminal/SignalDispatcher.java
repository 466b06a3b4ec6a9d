package cco.adapter.terminal;

import cco.domain.terminal.TerminalSignal;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * Signals acted on by Java code on one thread of its own. The JVM's native handler only records
 * a signal and wakes its dispatcher, which calls {@link Signal} handlers; those only queue it
 * here. A JNA callback installed with signal(2) would run Java code inside the signal handler,
 * which is not async-signal-safe.
 */
final class SignalDispatcher {
    private final BlockingQueue<TerminalSignal> received = new LinkedBlockingQueue<>();

    void handle(Set<TerminalSignal> wanted, Consumer<TerminalSignal> action) {
        Thread actor = new Thread(() -> act(action), "cco-signals");
        actor.setDaemon(true);
        actor.start();
        for (TerminalSignal signal : wanted) {
            Signal.handle(new Signal(signal.posixName()), ignored -> received.add(signal));
        }
    }

    private void act(Consumer<TerminalSignal> action) {
        try {
            while (true) {
                action.accept(received.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
