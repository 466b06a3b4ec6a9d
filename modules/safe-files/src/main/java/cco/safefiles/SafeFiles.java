package cco.safefiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that must never be lost, half-written or reached through a link someone planted: a
 * replacement is written whole to a temporary file in the target's directory, synced, renamed
 * over the target and the directory synced, so that a reader (or a crash, or SIGKILL) sees the
 * old or the new file, whole, at every moment.
 */
public final class SafeFiles {
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String TEMPORARY_SUFFIX = ".cco-tmp";

    private SafeFiles() {
    }

    /** Replaces {@code target} with {@code content}, with the given permissions; a symbolic link at the target is refused, not followed. */
    public static void replace(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " is a symbolic link; cco does not write through it");
        }
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), TEMPORARY_SUFFIX,
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            writeSynced(temporary, content);
            Files.setPosixFilePermissions(temporary, permissions);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            sync(target.getParent());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes a new file whole (synced, owner-only) under a name nothing else has: never over an existing file or link. */
    public static void create(Path target, byte[] content) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), TEMPORARY_SUFFIX,
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            writeSynced(temporary, content);
            Files.createLink(target, temporary);
            sync(target.getParent());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The content of a regular file, read without following a link at its name, refused above
     * {@code limit} bytes: a file someone else controls (the sandbox) is read as what it claims to be.
     */
    public static byte[] readRegularFile(Path file, int limit) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = in.readNBytes(limit + 1);
            if (content.length > limit) {
                throw new IOException(file + " is larger than " + limit + " bytes");
            }
            return content;
        }
    }

    /** An exclusive lock on a file, which every process of the user shares; released when closed, or when the process dies. */
    public static Held lockExclusively(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            return () -> {
                try (channel) {
                    lock.release();
                } catch (IOException e) {
                    // Closing the channel releases the lock all the same.
                }
            };
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A lock held until closed. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Temporary files a replacement killed midway left beside {@code target}. */
    public static void removeLeftovers(Path target) throws IOException {
        removeMatching(target.getParent(), "." + target.getFileName() + "*" + TEMPORARY_SUFFIX);
    }

    /** Temporary files that writes killed midway left in {@code directory}, whatever file they were for. */
    public static void removeLeftoversIn(Path directory) throws IOException {
        removeMatching(directory, ".*" + TEMPORARY_SUFFIX);
    }

    private static void removeMatching(Path directory, String glob) throws IOException {
        try (var leftovers = Files.newDirectoryStream(directory, glob)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static void writeSynced(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Forces a file's or a directory's content and metadata to disk (a directory's: the names it holds, as a rename left them). */
    public static void sync(Path fileOrDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(fileOrDirectory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
