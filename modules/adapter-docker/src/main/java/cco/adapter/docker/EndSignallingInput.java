package cco.adapter.docker;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** cco's stdin as the container gets it: when it ends, {@code atEnd} runs once. */
final class EndSignallingInput extends FilterInputStream {
    private final Runnable atEnd;
    private boolean ended;

    EndSignallingInput(InputStream in, Runnable atEnd) {
        super(in);
        this.atEnd = atEnd;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value < 0) {
            end();
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            end();
        }
        return count;
    }

    private void end() {
        if (!ended) {
            ended = true;
            atEnd.run();
        }
    }
}
