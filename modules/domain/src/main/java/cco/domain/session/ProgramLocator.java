package cco.domain.session;

import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the program a session will start, as execvp(3) inside the sandbox would. */
public final class ProgramLocator {
    private ProgramLocator() {
    }

    public static Optional<Path> locate(String program, String pathVariable, Path workingDirectory, HostFileSystem fileSystem) {
        if (program.contains("/")) {
            Path path = workingDirectory.resolve(program);
            return fileSystem.isExecutableFile(path) ? Optional.of(path) : Optional.empty();
        }
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String directory : pathVariable.split(":")) {
            if (directory.startsWith("/")) {
                Path candidate = Path.of(directory, program);
                if (fileSystem.isExecutableFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
