package cco.adapter.terminal;

import cco.domain.port.PseudoTerminal;
import cco.domain.terminal.WindowSize;
import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/** The master side of a Unix98 pseudo-terminal, opened close-on-exec; read by one thread at a time. */
final class LinuxPseudoTerminal implements PseudoTerminal {
    private static final int READ_CHUNK = 64 * 1024;
    private static final int GATHER_BELOW = 4 * 1024;
    private static final long GATHER_NANOS = 300_000L;

    private final int master;
    private final String devicePath;
    private final Memory received = new Memory(READ_CHUNK);

    LinuxPseudoTerminal(int master, String devicePath) {
        this.master = master;
        this.devicePath = devicePath;
    }

    @Override
    public String devicePath() {
        return devicePath;
    }

    @Override
    public void resize(WindowSize size) {
        WindowSizes.set(master, size);
    }

    /**
     * A program's output reaches the master a line at a time: a read that got little waits
     * {@link #GATHER_NANOS} and takes what has arrived meanwhile, so that a flood of output costs
     * one read and one write per few KiB, not per line. The wait is far below what anyone sees.
     */
    @Override
    public int read(byte[] buffer) throws IOException {
        int limit = Math.min(buffer.length, READ_CHUNK);
        int count = readOnce(0, limit);
        if (count > 0 && count < GATHER_BELOW) {
            LockSupport.parkNanos(GATHER_NANOS);
            int waiting = available();
            if (waiting > 0) {
                count += Math.max(0, readOnce(count, Math.min(waiting, limit - count)));
            }
        }
        if (count > 0) {
            received.read(0, buffer, 0, count);
        }
        return count;
    }

    private int available() {
        int[] waiting = new int[1];
        try {
            LibC.ioctl(master, LibC.FIONREAD, waiting);
        } catch (LastErrorException e) {
            return 0;
        }
        return waiting[0];
    }

    /** Bytes read into {@link #received} at {@code offset}, or -1 once the session's side is closed. */
    private int readOnce(int offset, int limit) throws IOException {
        while (true) {
            try {
                return (int) LibC.read(master, received.share(offset), limit);
            } catch (LastErrorException e) {
                if (e.getErrorCode() == LibC.EIO) {
                    return -1;
                }
                if (e.getErrorCode() != LibC.EINTR) {
                    throw new IOException("reading the session's terminal: " + e.getMessage(), e);
                }
            }
        }
    }

    @Override
    public void write(byte[] buffer, int length) throws IOException {
        byte[] pending = Arrays.copyOf(buffer, length);
        while (pending.length > 0) {
            try {
                long written = LibC.write(master, pending, pending.length);
                pending = Arrays.copyOfRange(pending, (int) written, pending.length);
            } catch (LastErrorException e) {
                if (e.getErrorCode() != LibC.EINTR) {
                    throw new IOException("writing to the session's terminal: " + e.getMessage(), e);
                }
            }
        }
    }

    @Override
    public boolean stopForegroundForSuspendKey() {
        Optional<Integer> group = sandboxGroupInForeground().filter(ignored -> suspendKeySignals());
        group.ifPresent(id -> signal(id, LibC.SIGSTOP));
        return group.isPresent();
    }

    /** On Linux the master reports the modes of the session's side. */
    private boolean suspendKeySignals() {
        byte[] termios = new byte[LibC.TERMIOS_BYTES];
        try {
            LibC.tcgetattr(master, termios);
        } catch (LastErrorException e) {
            return false;
        }
        return (termios[LibC.LFLAG_OFFSET] & LibC.ISIG) != 0 && termios[LibC.VSUSP_OFFSET] == 0x1a;
    }

    @Override
    public boolean foregroundStopped() {
        return sandboxGroupInForeground().filter(ProcessGroups::anyStopped).isPresent();
    }

    @Override
    public void continueForeground() {
        sandboxGroupInForeground().ifPresent(group -> signal(group, LibC.SIGCONT));
    }

    /**
     * The foreground group when it is the group of the session's leader (the sandbox started
     * with setsid), the orphaned one: a job of a shell inside has job control of its own. While
     * the leader lives its number cannot belong to anything else; TIOCGSID fails once it is gone.
     */
    private Optional<Integer> sandboxGroupInForeground() {
        Optional<Integer> foreground = query(LibC.TIOCGPGRP);
        return foreground.isPresent() && foreground.equals(query(LibC.TIOCGSID)) ? foreground : Optional.empty();
    }

    private static void signal(int group, int signal) {
        try {
            LibC.kill(-group, signal);
        } catch (LastErrorException e) {
            // the group has ended meanwhile: nothing left to signal
        }
    }

    /** On a master, TIOCGPGRP and TIOCGSID answer for the terminal's other side, in cco's PID namespace. */
    private Optional<Integer> query(long request) {
        int[] id = new int[1];
        try {
            LibC.ioctl(master, request, id);
        } catch (LastErrorException e) {
            return Optional.empty();
        }
        return id[0] > 0 ? Optional.of(id[0]) : Optional.empty();
    }

    @Override
    public void close() {
        Descriptors.closeQuietly(master);
    }
}
