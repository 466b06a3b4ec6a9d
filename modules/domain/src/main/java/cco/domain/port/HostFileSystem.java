package cco.domain.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the domain needs to know about the host's files, without touching them itself. */
public interface HostFileSystem {

    /** The canonical path with every symlink resolved, or empty when the path does not exist. */
    Optional<Path> realPath(Path absolutePath);

    boolean isDirectory(Path absolutePath);

    boolean isExecutableFile(Path absolutePath);

    /**
     * The text of a regular file, at most {@code maxBytes + 1} bytes of it (so that "too large"
     * shows), read without following a symbolic link at its last component and refused when it
     * is not a regular file with a single name: the host reads it on the sandbox's behalf, so it
     * must not be another name for something the sandbox cannot read (a link planted in a
     * writable directory, a hard link to a hidden file).
     */
    FileRead readOwnFile(Path absolutePath, int maxBytes);

    /** The entries of a directory, as lstat(2) sees them (links are not followed); empty if it cannot be read. */
    List<Entry> entries(Path directory);

    /**
     * Git directories below {@code root} other than {@code root/.git}: nested repositories'
     * {@code .git} directories and submodules' directories under {@code .git/modules}. The walk is
     * bounded (depth, number of directories, dependency and build trees skipped) so that a huge
     * project cannot stall the start.
     */
    List<Path> nestedGitDirectories(Path root);

    /** One entry of a directory. */
    record Entry(String name, Kind kind) {
        public enum Kind { DIRECTORY, FILE, LINK, OTHER }
    }

    /** What reading a file on the sandbox's behalf gave. */
    sealed interface FileRead {
        record Text(String content) implements FileRead {
        }

        record Missing() implements FileRead {
        }

        /** It exists but was not read; {@code reason} completes "not read: ...". */
        record Refused(String reason) implements FileRead {
        }
    }
}
