package cco.adapter.terminal;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The C library calls of the terminal layer, bound by JNA's direct mapping (no proxy per call).
 * A struct termios travels as an opaque byte array (only the C library reads it) and a struct
 * winsize as four shorts: rows, columns, and two pixel sizes.
 */
final class LibC {
    static final int EINTR = 4;
    static final int EIO = 5;
    static final int TCSANOW = 0;
    static final int O_RDWR = 2;
    static final int O_NOCTTY = 0x100;
    static final int O_CLOEXEC = 0x80000;
    static final long TIOCGWINSZ = 0x5413;
    static final long TIOCSWINSZ = 0x5414;
    static final long TIOCGPGRP = 0x540f;
    static final long TIOCGSID = 0x5429;
    static final long FIONREAD = 0x541b;
    static final int PR_SET_PDEATHSIG = 1;
    static final int SIGHUP = 1;
    static final int SIGCONT = 18;
    static final int SIGTSTP = 20;
    /** Larger than any struct termios of the C libraries cco runs with (60 bytes in glibc). */
    static final int TERMIOS_BYTES = 256;

    static {
        Native.register(NativeLibrary.getInstance("c"));
    }

    private LibC() {
    }

    static native int isatty(int fd);

    static native int ioctl(int fd, long request, short[] windowSize) throws LastErrorException;

    static native int ioctl(int fd, long request, int[] value) throws LastErrorException;

    static native int kill(int pid, int signal) throws LastErrorException;

    static native int prctl(int option, long arg2, long arg3, long arg4, long arg5) throws LastErrorException;

    static native int tcgetpgrp(int fd);

    static native int getpgrp();

    static native int tcgetattr(int fd, byte[] termios) throws LastErrorException;

    static native int tcsetattr(int fd, int when, byte[] termios) throws LastErrorException;

    static native void cfmakeraw(byte[] termios);

    static native int posix_openpt(int flags) throws LastErrorException;

    static native int grantpt(int fd) throws LastErrorException;

    static native int unlockpt(int fd) throws LastErrorException;

    /** Returns 0 or an error number (it does not set errno). */
    static native int ptsname_r(int fd, byte[] name, long length);

    /** Into native memory: a Java array would be copied whole, both ways, on every call. */
    static native long read(int fd, Pointer buffer, long count) throws LastErrorException;

    static native long write(int fd, byte[] buffer, long count) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;
}
