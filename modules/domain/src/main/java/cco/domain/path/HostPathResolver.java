package cco.domain.path;

import cco.domain.failure.CcoException;
import cco.domain.port.HostFileSystem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Turns a path as the user typed it into the real absolute host path that rules apply to:
 * {@code ~} and {@code ~/...} expand to the home directory, relative paths resolve against
 * the working directory, and symlinks resolve to their targets, so that a rule can never be
 * sidestepped through another name for the same file.
 */
public final class HostPathResolver {
    private final HostFileSystem fileSystem;
    private final Path home;
    private final Path workingDirectory;

    public HostPathResolver(HostFileSystem fileSystem, Path home, Path workingDirectory) {
        this.fileSystem = fileSystem;
        this.home = home;
        this.workingDirectory = workingDirectory;
    }

    /** The real path of an existing file or directory; a missing one is a usage error naming it. */
    public Path existing(String typed, String option) {
        Path absolute = absolute(typed, option);
        return fileSystem.realPath(absolute)
                .orElseThrow(() -> CcoException.usage(option + ": no such file or directory: " + typed));
    }

    /**
     * The path a rule should cover even if it does not exist yet: the deepest existing ancestor
     * is resolved through its symlinks, and the missing rest is appended after lexical
     * normalisation (a missing component cannot be a symlink).
     */
    public Path possiblyMissing(String typed, String option) {
        Path absolute = absolute(typed, option);
        Deque<Path> missingRest = new ArrayDeque<>();
        for (Path prefix = absolute; prefix != null; prefix = prefix.getParent()) {
            Optional<Path> real = fileSystem.realPath(prefix);
            if (real.isPresent()) {
                Path resolved = real.get();
                for (Path component : missingRest) {
                    resolved = resolved.resolve(component);
                }
                return resolved.normalize();
            }
            missingRest.push(prefix.getFileName());
        }
        return absolute.normalize();
    }

    public boolean isDirectory(Path realPath) {
        return fileSystem.isDirectory(realPath);
    }

    private Path absolute(String typed, String option) {
        if (typed.isBlank()) {
            throw CcoException.usage(option + " needs a path, got an empty one");
        }
        Path path;
        try {
            if (typed.equals("~")) {
                path = home;
            } else if (typed.startsWith("~/")) {
                path = home.resolve(typed.substring(2));
            } else {
                path = Path.of(typed);
            }
        } catch (InvalidPathException e) {
            throw CcoException.usage(option + ": not a valid path: " + typed.replace("\0", "\\0"));
        }
        return path.isAbsolute() ? path : workingDirectory.resolve(path);
    }
}
