package cco.adapter.docker;

import cco.domain.port.SessionTerminal;
import cco.domain.terminal.WindowSize;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * The container's attached streams. With a terminal they are a {@link SessionTerminal} for
 * the relay: keys go to the container's stdin, its output comes back in order, the size goes
 * through the Engine API. Without one, stdout and stderr are copied to cco's own, apart.
 */
final class AttachedStreams extends ResultCallback.Adapter<Frame> implements SessionTerminal {
    private static final byte[] END = new byte[0];

    private final DockerClient client;
    private final String containerId;
    /** Bounded: a session that prints faster than the terminal shows waits, as it would on a terminal of its own. */
    private final BlockingQueue<byte[]> output = new ArrayBlockingQueue<>(256);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final PipedOutputStream keys = new PipedOutputStream();
    private final PipedInputStream stdin;
    private final OutputStream out;
    private final OutputStream err;
    private byte[] pending = END;
    private int pendingOffset;

    /** For a terminal: output is read with {@link #read}. */
    static AttachedStreams forTerminal(DockerClient client, String containerId) throws IOException {
        return new AttachedStreams(client, containerId, null, null);
    }

    /** Without a terminal: output goes straight to {@code out} and {@code err}. */
    static AttachedStreams forStreams(DockerClient client, String containerId, OutputStream out, OutputStream err) throws IOException {
        return new AttachedStreams(client, containerId, out, err);
    }

    private AttachedStreams(DockerClient client, String containerId, OutputStream out, OutputStream err) throws IOException {
        this.client = client;
        this.containerId = containerId;
        this.stdin = new PipedInputStream(keys, 64 * 1024);
        this.out = out;
        this.err = err;
    }

    /** What the terminal relay's keys feed: the container's stdin. */
    PipedInputStream keysForTheContainer() {
        return stdin;
    }

    @Override
    public void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        if (payload == null || payload.length == 0) {
            return;
        }
        try {
            if (out == null) {
                output.put(payload);
            } else if (frame.getStreamType() == StreamType.STDERR) {
                err.write(payload);
                err.flush();
            } else {
                out.write(payload);
                out.flush();
            }
        } catch (IOException e) {
            // cco's own output is gone (a closed pipe): the session goes on, as it would without cco.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onComplete() {
        finish();
        super.onComplete();
    }

    @Override
    public void onError(Throwable throwable) {
        finish();
        super.onError(throwable);
    }

    private void finish() {
        ended.countDown();
        try {
            output.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every byte the container wrote has been passed on. */
    void awaitEnd() throws InterruptedException {
        ended.await();
    }

    @Override
    public void resize(WindowSize size) {
        try {
            client.resizeContainerCmd(containerId).withSize(size.rows(), size.columns()).exec();
        } catch (RuntimeException e) {
            // Best effort: the container may be gone already.
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (pendingOffset >= pending.length) {
            try {
                pending = output.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            pendingOffset = 0;
            if (pending == END) {
                output.offer(END);
                return -1;
            }
        }
        int count = Math.min(buffer.length, pending.length - pendingOffset);
        System.arraycopy(pending, pendingOffset, buffer, 0, count);
        pendingOffset += count;
        return count;
    }

    @Override
    public void write(byte[] buffer, int length) throws IOException {
        keys.write(buffer, 0, length);
        keys.flush();
    }
}
