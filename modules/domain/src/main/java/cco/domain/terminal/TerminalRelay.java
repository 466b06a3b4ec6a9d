package cco.domain.terminal;

import cco.domain.port.JobControl;
import cco.domain.port.PseudoTerminal;
import cco.domain.port.SessionTerminal;
import cco.domain.port.UserTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands between the user's terminal and a session on a private pseudo-terminal: the user's
 * terminal in raw mode (so Ctrl-C, Ctrl-Z and every key reach the session's own terminal, which
 * turns them into signals for the session), keys in, output out as soon as it is read, size
 * changes forwarded at once. It ends when the session has closed its terminal (status 0), when
 * the user's terminal hangs up (129) or when a signal ends cco (128 + N); the user's terminal is
 * restored whenever cco still has it. When the
 * session stops after Ctrl-Z, cco stops too, so the user's shell gets the terminal back as with
 * the bare agent; continued (fg), it continues the session.
 */
public final class TerminalRelay {
    private static final int OUTPUT_CHUNK = 64 * 1024;
    private static final int INPUT_CHUNK = 4 * 1024;
    private static final byte SUSPEND_KEY = 0x1a;
    private static final Duration STOP_WATCH = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(25);

    private final UserTerminal user;
    /** Until when the one stop watcher looks for a stop after Ctrl-Z; each Ctrl-Z pushes it on. */
    private final AtomicLong stopWatchDeadline = new AtomicLong();
    private final AtomicBoolean stopWatcherRunning = new AtomicBoolean();

    public TerminalRelay(UserTerminal user) {
        this.user = user;
    }

    /** A session on cco's own pseudo-terminal, whose stops after Ctrl-Z cco follows. */
    public int relay(PseudoTerminal session) {
        return relay(session, Optional.of(session));
    }


    public int relay(SessionTerminal session, Optional<JobControl> jobs) {
        return relay(session, jobs, () -> {
        });
    }

    /**
     * Without job control (a container's terminal), Ctrl-Z is only a key for the session.
     * {@code start} starts the session once the user's terminal is raw and cco reacts to its
     * signals: a key typed at once reaches the session, not cco's own terminal driver.
     */
    public int relay(SessionTerminal session, Optional<JobControl> jobs, Runnable start) {
        CompletableFuture<Integer> outcome = new CompletableFuture<>();
        try (UserTerminal.RawMode raw = user.enterRawMode()) {
            user.onSignals(EnumSet.allOf(TerminalSignal.class), signal -> react(signal, raw, session, jobs, outcome));
            start.run();
            session.resize(user.size()); // again: it may have changed before the signals were handled
            daemon("cco-terminal-input", () -> copyInput(session, jobs, raw, outcome));
            daemon("cco-terminal-output", () -> outcome.complete(copyOutput(session)));
            return outcome.join();
        }
    }

    private void react(TerminalSignal signal, UserTerminal.RawMode raw, SessionTerminal session, Optional<JobControl> jobs,
            CompletableFuture<Integer> outcome) {
        switch (signal) {
            case WINDOW_CHANGE -> session.resize(user.size());
            case CONTINUE -> {
                regainTerminal(raw, session);
                jobs.ifPresent(JobControl::continueForeground);
            }
            case HANGUP, INTERRUPT, TERMINATE -> outcome.complete(signal.exitStatus());
        }
    }

    /** Raw mode and the size again if cco has the terminal: after a stop, or back in the foreground. */
    private void regainTerminal(UserTerminal.RawMode raw, SessionTerminal session) {
        if (user.position() == UserTerminal.Position.FOREGROUND) {
            raw.reapply();
            session.resize(user.size());
        }
    }

    /**
     * Ends when the user's terminal hangs up (as a hang-up of cco: 129) or the session no longer
     * takes input (the output side sees its end). In the background the terminal cannot be read:
     * wait for the foreground, which {@code fg} gives back without a signal when cco was running
     * ({@code bg}), then raw mode again.
     */
    private void copyInput(SessionTerminal session, Optional<JobControl> jobs, UserTerminal.RawMode raw, CompletableFuture<Integer> outcome) {
        InputStream in = user.input();
        byte[] buffer = new byte[INPUT_CHUNK];
        while (true) {
            int count;
            try {
                count = in.read(buffer);
            } catch (IOException e) {
                count = awaitForeground() ? 0 : -1;
                regainTerminal(raw, session);
            }
            if (count < 0) {
                outcome.complete(TerminalSignal.HANGUP.exitStatus());
                return;
            }
            if (count > 0 && !forward(session, buffer, count)) {
                return;
            }
            if (jobs.isPresent() && contains(buffer, count, SUSPEND_KEY)) {
                watchForAStop(jobs.get(), raw);
            }
        }
    }

    private static boolean forward(SessionTerminal session, byte[] buffer, int count) {
        try {
            session.write(buffer, count);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** After a failed read: true once cco has the terminal (again), false once it is gone. */
    private boolean awaitForeground() {
        while (pause()) {
            switch (user.position()) {
                case FOREGROUND -> {
                    return true;
                }
                case GONE -> {
                    return false;
                }
                case BACKGROUND -> {
                    // the shell's job control decides: keep waiting
                }
            }
        }
        return false;
    }

    /** False when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(POLL);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A session may take a moment to stop after Ctrl-Z, or not stop at all (a program that reads it
     * as a key). One watcher at a time: a second one could otherwise see the same stop again after
     * {@code fg} and stop cco once more.
     */
    private void watchForAStop(JobControl session, UserTerminal.RawMode raw) {
        stopWatchDeadline.set(System.nanoTime() + STOP_WATCH.toNanos());
        if (stopWatcherRunning.compareAndSet(false, true)) {
            daemon("cco-terminal-stop-watch", () -> {
                try {
                    followAStop(session, raw);
                } finally {
                    stopWatcherRunning.set(false);
                }
            });
        }
    }

    private void followAStop(JobControl session, UserTerminal.RawMode raw) {
        while (System.nanoTime() - stopWatchDeadline.get() < 0 && pause()) {
            if (session.foregroundStopped()) {
                raw.restore();
                user.suspend();
                return;
            }
        }
    }

    private static boolean contains(byte[] buffer, int count, byte wanted) {
        for (int i = 0; i < count; i++) {
            if (buffer[i] == wanted) {
                return true;
            }
        }
        return false;
    }

    /** 0 once the session's side is closed; 129 (hang-up) if the user's terminal went away first. */
    private int copyOutput(SessionTerminal session) {
        OutputStream out = user.output();
        byte[] buffer = new byte[OUTPUT_CHUNK];
        try {
            for (int count; (count = session.read(buffer)) >= 0; ) {
                out.write(buffer, 0, count);
            }
            return 0;
        } catch (IOException e) {
            return TerminalSignal.HANGUP.exitStatus();
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
