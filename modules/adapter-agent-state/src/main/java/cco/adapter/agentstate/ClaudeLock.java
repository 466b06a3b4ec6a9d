package cco.adapter.agentstate;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The lock Claude Code takes before it rewrites its configuration (the proper-lockfile package):
 * a directory named after the file plus ".lock", made atomically, whose modification time its
 * holder refreshes; one older than the stale time is abandoned and may be taken over. Holding it,
 * cco never races a Claude on the host, nor another cco session ending at the same time.
 */
final class ClaudeLock implements AutoCloseable {
    private static final Duration STALE = Duration.ofSeconds(10);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long RETRY_MILLIS = 50;

    private final Path directory;

    private ClaudeLock(Path directory) {
        this.directory = directory;
    }

    static ClaudeLock acquire(Path file) throws IOException {
        Path directory = file.resolveSibling(file.getFileName() + ".lock");
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                Files.createDirectory(directory);
                return new ClaudeLock(directory);
            } catch (FileAlreadyExistsException held) {
                takeOverIfStale(directory);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IOException(directory + " stayed locked for " + PATIENCE.toSeconds() + " s");
            }
            pause();
        }
    }

    private static void takeOverIfStale(Path directory) throws IOException {
        try {
            Instant refreshed = Files.getLastModifiedTime(directory, LinkOption.NOFOLLOW_LINKS).toInstant();
            if (refreshed.isBefore(Instant.now().minus(STALE))) {
                Files.deleteIfExists(directory);
            }
        } catch (NoSuchFileException released) {
            // Released meanwhile: the next attempt takes it.
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Claude's lock", e);
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(directory);
    }
}
