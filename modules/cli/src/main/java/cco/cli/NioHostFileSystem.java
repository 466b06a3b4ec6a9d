package cco.cli;

import cco.domain.port.HostFileSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The host's real file system, through java.nio. */
final class NioHostFileSystem implements HostFileSystem {

    @Override
    public Optional<Path> realPath(Path absolutePath) {
        try {
            return Optional.of(absolutePath.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean isDirectory(Path absolutePath) {
        return Files.isDirectory(absolutePath);
    }
}
