package cco.adapter.terminal;

import com.sun.jna.LastErrorException;

/** Closing a descriptor can only fail when it is already closed, which is what was wanted. */
final class Descriptors {
    private Descriptors() {
    }

    static void closeQuietly(int fd) {
        try {
            LibC.close(fd);
        } catch (LastErrorException e) {
            // already closed
        }
    }
}
