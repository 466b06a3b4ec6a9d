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

    /** The file's text, at most {@code maxBytes + 1} bytes of it (so that "too large" shows), or empty if unreadable. */
    Optional<String> readText(Path absolutePath, int maxBytes);

    /**
     * Git directories below {@code root} other than {@code root/.git}: nested repositories'
     * {@code .git} directories and submodules' directories under {@code .git/modules}. The walk is
     * bounded (depth, number of directories, dependency and build trees skipped) so that a huge
     * project cannot stall the start.
     */
    List<Path> nestedGitDirectories(Path root);
}
