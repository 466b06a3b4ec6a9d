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
    public boolean foregroundStopped() {
        return foregroundGroup().filter(ProcessGroup::anyStopped).isPresent();
    }

    /**
     * The session leader's own group too: an agent that took the foreground while cco was
     * stopped would otherwise leave the leader, and with it the session's end, stopped.
     */
    @Override
    public void continueForeground() {
        foregroundGroup().ifPresent(LinuxPseudoTerminal::continueGroup);
        query(LibC.TIOCGSID).map(session -> new ProcessGroup(session, session)).ifPresent(LinuxPseudoTerminal::continueGroup);
    }

    private static void continueGroup(ProcessGroup group) {
        if (!group.anyMember()) {
            return;
        }
        try {
            LibC.kill(-group.id(), LibC.SIGCONT);
        } catch (LastErrorException e) {
            // the group has ended meanwhile: nothing left to continue
        }
    }

    /**
     * The terminal's foreground group, known by its number and its session: a number the
     * terminal still reports after its group ended may belong to another process by now, but
     * not to one of this session (TIOCGSID fails once the session's leader is gone).
     */
    private Optional<ProcessGroup> foregroundGroup() {
        Optional<Integer> group = query(LibC.TIOCGPGRP);
        Optional<Integer> session = query(LibC.TIOCGSID);
        return group.isPresent() && session.isPresent() ? Optional.of(new ProcessGroup(group.get(), session.get())) : Optional.empty();
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
