package cco.adapter.bubblewrap;

import cco.domain.port.HostFileSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The host's files, for the adapter's tests against real programs (the CLI wires its own). */
final class RealFiles implements HostFileSystem {

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

    @Override
    public boolean isExecutableFile(Path absolutePath) {
        return Files.isRegularFile(absolutePath) && Files.isExecutable(absolutePath);
    }

    @Override
    public Optional<String> readText(Path absolutePath, int maxBytes) {
        throw new UnsupportedOperationException("not used by the bubblewrap adapter");
    }

    @Override
    public List<Path> nestedGitDirectories(Path root) {
        throw new UnsupportedOperationException("not used by the bubblewrap adapter");
    }
}
