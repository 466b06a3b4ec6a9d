package cco.domain.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.port.PseudoTerminal;
import cco.domain.port.UserTerminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class TerminalRelayTest {
    private final FakeUserTerminal user = new FakeUserTerminal();
    private final FakeSession session = new FakeSession();

    @Test
    void relaysTheSessionsOutputUntilItClosesItsTerminal() {
        session.emit("hello ");
        session.emit("world");
        session.hangUp();

        assertEquals(0, new TerminalRelay(user).relay(session));
        assertEquals("hello world", user.screen.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("raw", "restored"), user.modes);
    }

    @Test
    void keysReachTheSessionAsTyped() throws Exception {
        CompletableFuture<Integer> status = relaying();
        user.type(new byte[] {'l', 's', 3, '\r'});

        assertArrayEquals(new byte[] {'l', 's', 3, '\r'}, session.typed(4));
        session.hangUp();
        assertEquals(0, status.get());
    }

    @Test
    void theSessionStartsWithTheUsersSizeAndFollowsItsChanges() throws Exception {
        user.size = new WindowSize(100, 30);
        CompletableFuture<Integer> status = relaying();
        assertEquals(new WindowSize(100, 30), session.sizes.take());

        user.size = new WindowSize(120, 40);
        user.signal(TerminalSignal.WINDOW_CHANGE);
        assertEquals(new WindowSize(120, 40), session.sizes.take());
        session.hangUp();
        assertEquals(0, status.get());
    }

    @Test
    void aSignalThatEndsCcoRestoresTheTerminalEvenWhileTheSessionIsStillRunning() throws Exception {
        for (TerminalSignal signal : List.of(TerminalSignal.TERMINATE, TerminalSignal.HANGUP, TerminalSignal.INTERRUPT)) {
            FakeUserTerminal terminal = new FakeUserTerminal();
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> new TerminalRelay(terminal).relay(new FakeSession()));
            terminal.signal(signal);

            assertEquals(signal.exitStatus(), status.get(), signal.name());
            assertEquals(List.of("raw", "restored"), terminal.modes, signal.name());
        }
    }

    @Test
    void afterBeingContinuedTheTerminalIsRawAgainAndTheSizeResent() throws Exception {
        CompletableFuture<Integer> status = relaying();
        session.sizes.take();
        user.size = new WindowSize(90, 20);
        user.signal(TerminalSignal.CONTINUE);

        assertEquals(new WindowSize(90, 20), session.sizes.take());
        session.hangUp();
        assertEquals(0, status.get());
        assertEquals(List.of("raw", "raw again", "restored"), user.modes);
    }

    @Test
    void whenTheSessionStopsAfterCtrlZCcoStopsTooAndContinuesItWhenContinued() throws Exception {
        CompletableFuture<Integer> status = relaying();
        session.sizes.take();
        session.stopped = true;
        user.type(new byte[] {0x1a});
        assertEquals(0x1a, session.typed(1)[0]);

        assertTrue(user.suspended.await(10, TimeUnit.SECONDS), "cco did not stop with its session");
        assertEquals(List.of("raw", "restored"), user.modes);
        session.stopped = false;
        user.signal(TerminalSignal.CONTINUE);
        assertTrue(session.continued.await(10, TimeUnit.SECONDS), "the session was not continued");
        session.hangUp();
        assertEquals(0, status.get());
        assertEquals(List.of("raw", "restored", "raw again", "restored"), user.modes);
    }

    @Test
    void continuedInTheBackgroundCcoLeavesTheTerminalToTheShell() throws Exception {
        CompletableFuture<Integer> status = relaying();
        session.sizes.take();
        user.position = UserTerminal.Position.BACKGROUND;
        user.signal(TerminalSignal.CONTINUE);

        assertTrue(session.continued.await(10, TimeUnit.SECONDS), "the session was not continued");
        assertTrue(session.sizes.isEmpty(), "resized from the background");
        session.hangUp();
        assertEquals(0, status.get());
        assertEquals(List.of("raw", "restored"), user.modes);
    }

    @Test
    void inTheBackgroundKeysWaitUntilCcoIsInTheForegroundAgainInRawMode() throws Exception {
        user.position = UserTerminal.Position.BACKGROUND;
        CompletableFuture<Integer> status = relaying();
        session.sizes.take();
        Thread.sleep(200);
        user.position = UserTerminal.Position.FOREGROUND;
        user.type(new byte[] {'x'});

        assertArrayEquals(new byte[] {'x'}, session.typed(1));
        assertEquals(List.of("raw", "raw again"), user.modes, "raw mode again once in the foreground");
        session.hangUp();
        assertEquals(0, status.get());
    }

    @Test
    void whenTheUsersTerminalHangsUpTheRelayEndsAsAfterSighup() throws Exception {
        CompletableFuture<Integer> status = relaying();
        session.sizes.take();
        user.keyboard.close();

        assertEquals(129, status.get());
    }

    @Test
    void aTerminalThatHangsUpWhileCcoIsInTheBackgroundEndsTheRelay() throws Exception {
        user.position = UserTerminal.Position.BACKGROUND;
        CompletableFuture<Integer> status = relaying();
        session.sizes.take();
        Thread.sleep(100);
        user.position = UserTerminal.Position.GONE;

        assertEquals(129, status.get());
    }

    @Test
    void ctrlZThatTheSessionTakesAsAKeyLeavesCcoRunning() throws Exception {
        CompletableFuture<Integer> status = relaying();
        user.type(new byte[] {0x1a});
        assertEquals(0x1a, session.typed(1)[0]);

        assertFalse(user.suspended.await(3, TimeUnit.SECONDS), "cco stopped although its session did not");
        session.hangUp();
        assertEquals(0, status.get());
    }

    @Test
    void whenTheUsersTerminalIsGoneTheRelayEndsAsAfterAHangUp() {
        user.screenBroken = true;
        session.emit("output nobody can see");

        assertEquals(129, new TerminalRelay(user).relay(session));
        assertTrue(user.modes.contains("restored"));
    }

    private CompletableFuture<Integer> relaying() {
        return CompletableFuture.supplyAsync(() -> new TerminalRelay(user).relay(session));
    }

    private static final class FakeUserTerminal implements UserTerminal {
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final List<String> modes = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch handlerInstalled = new CountDownLatch(1);
        final PipedOutputStream keyboard = new PipedOutputStream();
        final PipedInputStream keys;
        volatile WindowSize size = new WindowSize(80, 24);
        volatile boolean screenBroken;
        volatile Position position = Position.FOREGROUND;
        volatile Consumer<TerminalSignal> handler;
        final CountDownLatch suspended = new CountDownLatch(1);

        FakeUserTerminal() {
            try {
                keys = new PipedInputStream(keyboard);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        void type(byte[] bytes) throws IOException {
            keyboard.write(bytes);
            keyboard.flush();
        }

        void signal(TerminalSignal signal) throws InterruptedException {
            assertTrue(handlerInstalled.await(10, TimeUnit.SECONDS));
            handler.accept(signal);
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public WindowSize size() {
            return size;
        }

        @Override
        public Position position() {
            return position;
        }

        @Override
        public RawMode enterRawMode() {
            modes.add("raw");
            return new RawMode() {
                @Override
                public void reapply() {
                    modes.add("raw again");
                }

                @Override
                public void restore() {
                    modes.add("restored");
                }
            };
        }

        /** Like a terminal with SIGTTIN ignored: reads fail while in the background. */
        @Override
        public InputStream input() {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (position != Position.FOREGROUND) {
                        throw new IOException("Input/output error");
                    }
                    return keys.read(b, off, len);
                }
            };
        }

        @Override
        public void suspend() {
            suspended.countDown();
        }

        @Override
        public OutputStream output() {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (screenBroken) {
                        throw new IOException("Input/output error");
                    }
                    synchronized (screen) {
                        screen.write(b, off, len);
                    }
                }
            };
        }

        @Override
        public void onSignals(Set<TerminalSignal> signals, Consumer<TerminalSignal> action) {
            assertEquals(Set.of(TerminalSignal.values()), signals);
            handler = action;
            handlerInstalled.countDown();
        }
    }

    private static final class FakeSession implements PseudoTerminal {
        private static final byte[] HANG_UP = new byte[0];
        final BlockingQueue<byte[]> output = new LinkedBlockingQueue<>();
        final BlockingQueue<Byte> input = new LinkedBlockingQueue<>();
        final BlockingQueue<WindowSize> sizes = new LinkedBlockingQueue<>();
        final CountDownLatch continued = new CountDownLatch(1);
        volatile boolean stopped;

        void emit(String text) {
            output.add(text.getBytes(StandardCharsets.UTF_8));
        }

        void hangUp() {
            output.add(HANG_UP);
        }

        byte[] typed(int count) throws InterruptedException {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++) {
                bytes[i] = input.take();
            }
            return bytes;
        }

        @Override
        public String devicePath() {
            return "/dev/pts/99";
        }

        @Override
        public void resize(WindowSize size) {
            sizes.add(size);
        }

        @Override
        public int read(byte[] buffer) throws IOException {
            try {
                byte[] chunk = output.take();
                if (chunk == HANG_UP) {
                    return -1;
                }
                System.arraycopy(chunk, 0, buffer, 0, chunk.length);
                return chunk.length;
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void write(byte[] buffer, int length) {
            for (byte b : Arrays.copyOf(buffer, length)) {
                input.add(b);
            }
        }

        @Override
        public boolean foregroundStopped() {
            return stopped;
        }

        @Override
        public void continueForeground() {
            continued.countDown();
        }

        @Override
        public void close() {
        }
    }
}
