package cco.adapter.bubblewrap;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a program that cco will run outside the sandbox. The system directories come first and
 * relative $PATH entries are ignored, so that a program planted in a writable directory (the
 * project, for one) cannot stand in for bwrap in a later session.
 */
final class ExecutableSearch {
    static final String SYSTEM_DIRECTORIES = "/usr/bin:/bin:/usr/sbin:/sbin:/usr/local/bin";

    private ExecutableSearch() {
    }

    /** The system directories, then the entries of $PATH. */
    static String systemThenPath(String pathVariable) {
        return SYSTEM_DIRECTORIES + File.pathSeparator + (pathVariable == null ? "" : pathVariable);
    }

    static Optional<Path> inDirectories(String program, String directories) {
        for (String directory : directories.split(File.pathSeparator)) {
            if (!directory.startsWith("/")) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
