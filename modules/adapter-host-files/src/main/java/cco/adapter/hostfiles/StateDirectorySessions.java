package cco.adapter.hostfiles;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.Aftermath;
import cco.domain.lifecycle.Owner;
import cco.domain.lifecycle.SessionRecord;
import cco.domain.port.SessionRegistry;
import cco.safefiles.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sessions as directories under cco's state ({@code sessions/session-*}, 0700), each with its
 * record (NUL-separated fields, replaced whole by rename) and the marker of its start, dated 20 ms
 * early because file times advance by the kernel's clock tick. One lock file for all of them
 * ({@code sessions.lock}, flock through FileChannel). An owner is alive while /proc shows its pid
 * with the same start time in the same boot.
 */
public final class StateDirectorySessions implements SessionRegistry {
    private static final String FORMAT = "cco-session-1";
    private static final String RECORD = "record";
    private static final String STARTED = "started";
    private static final Path BOOT_ID = Path.of("/proc/sys/kernel/random/boot_id");
    private static final long CLOCK_TICK_MILLIS = 20;

    private final Path sessions;

    /** @param stateDirectory cco's own state directory, for example ~/.local/state/cco */
    public StateDirectorySessions(Path stateDirectory) {
        this.sessions = stateDirectory.resolve("sessions");
    }

    @Override
    public Lock lock() {
        try {
            Files.createDirectories(sessions);
            Files.setPosixFilePermissions(sessions, PosixFilePermissions.fromString("rwx------"));
            return SafeFiles.lockExclusively(sessions.resolveSibling("sessions.lock"))::close;
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot lock cco's sessions in " + sessions + ": " + e.getMessage());
        }
    }

    @Override
    public Owner owner(long pid) {
        return new Owner(pid, startTime(pid).orElse(""), bootId());
    }

    /**
     * Named by its owner, which has one session: no random name is needed in a directory no
     * sandbox sees, and none costs a SecureRandom's start (~10-20 ms, measured) at every session.
     */
    @Override
    public SessionRecord open(Owner owner) {
        try {
            Path directory = Files.createDirectory(sessions.resolve("session-" + owner.pid() + "-" + owner.startTime()),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path started = Files.createFile(directory.resolve(STARTED));
            Files.setLastModifiedTime(started, FileTime.from(Instant.now().minusMillis(CLOCK_TICK_MILLIS)));
            SessionRecord record = new SessionRecord(directory, owner, Aftermath.none());
            save(record);
            return record;
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot record the session in " + sessions + ": " + e.getMessage());
        }
    }

    @Override
    public void save(SessionRecord record) {
        try {
            Path temporary = record.directory().resolve(".record.tmp");
            Files.write(temporary, SessionRecordFormat.write(FORMAT, record));
            Files.move(temporary, record.directory().resolve(RECORD), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot record the session in " + record.directory() + ": " + e.getMessage());
        }
    }

    /** A directory whose record is missing or unreadable is being removed, or not cco's: it is left alone. */
    @Override
    public List<SessionRecord> all() {
        List<SessionRecord> records = new ArrayList<>();
        if (!Files.isDirectory(sessions, LinkOption.NOFOLLOW_LINKS)) {
            return records;
        }
        try (DirectoryStream<Path> directories = Files.newDirectoryStream(sessions, "session-*")) {
            for (Path directory : directories) {
                read(directory).ifPresent(records::add);
            }
        } catch (IOException e) {
            return records;
        }
        return records;
    }

    private static Optional<SessionRecord> read(Path directory) {
        try {
            return SessionRecordFormat.read(FORMAT, directory, Files.readAllBytes(directory.resolve(RECORD)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean alive(Owner owner) {
        return owner.bootId().equals(bootId()) && startTime(owner.pid()).filter(owner.startTime()::equals).isPresent();
    }

    @Override
    public Path started(SessionRecord record) {
        return record.directory().resolve(STARTED);
    }

    /** The record first, so that a directory half removed is never taken for a session. */
    @Override
    public void delete(SessionRecord record) {
        try {
            Files.deleteIfExists(record.directory().resolve(RECORD));
            DirectoryTree.delete(record.directory());
        } catch (IOException e) {
            // What still could not be removed stays in cco's state, hidden from sessions; its record is gone.
        }
    }

    /** Field 22 of /proc/PID/stat, counted after the command name, which may hold spaces and parentheses. */
    private static Optional<String> startTime(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return fields.length > 19 ? Optional.of(fields[19]) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String bootId() {
        try {
            return Files.readString(BOOT_ID, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
