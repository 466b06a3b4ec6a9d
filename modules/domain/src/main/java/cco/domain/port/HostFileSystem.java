package cco.domain.port;

import java.nio.file.Path;
import java.util.Optional;

/** What the domain needs to know about the host's files, without touching them itself. */
public interface HostFileSystem {

    /** The canonical path with every symlink resolved, or empty when the path does not exist. */
    Optional<Path> realPath(Path absolutePath);

    boolean isDirectory(Path absolutePath);
}
