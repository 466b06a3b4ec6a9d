package cco.adapter.terminal;

import cco.domain.terminal.WindowSize;
import com.sun.jna.LastErrorException;

/** TIOCGWINSZ and TIOCSWINSZ on any terminal descriptor. */
final class WindowSizes {
    private WindowSizes() {
    }

    static WindowSize of(int fd) {
        short[] winsize = new short[4];
        try {
            LibC.ioctl(fd, LibC.TIOCGWINSZ, winsize);
        } catch (LastErrorException e) {
            return new WindowSize(0, 0);
        }
        return new WindowSize(Short.toUnsignedInt(winsize[1]), Short.toUnsignedInt(winsize[0]));
    }

    static void set(int fd, WindowSize size) {
        short[] winsize = {(short) size.rows(), (short) size.columns(), 0, 0};
        try {
            LibC.ioctl(fd, LibC.TIOCSWINSZ, winsize);
        } catch (LastErrorException e) {
            // a terminal already closed keeps no size: nothing to tell
        }
    }
}
