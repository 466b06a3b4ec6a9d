package cco.adapter.hostfiles;

import cco.domain.port.HostFileSystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The host's real file system, through java.nio. */
public final class NioHostFileSystem implements HostFileSystem {

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
    public List<Path> nestedGitDirectories(Path root) {
        return new GitDirectoryScan(root).run();
    }

    @Override
    public boolean isExecutableFile(Path absolutePath) {
        return Files.isRegularFile(absolutePath) && Files.isExecutable(absolutePath);
    }

    @Override
    public Optional<String> readText(Path absolutePath, int maxBytes) {
        if (!Files.isRegularFile(absolutePath)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(absolutePath)) {
            return Optional.of(new String(in.readNBytes(maxBytes + 1), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
