package cco.adapter.hostfiles;

import cco.domain.port.Quarantine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

/**
 * One quarantine directory per cco run, made on first use below cco's quarantine (0700), named by
 * the time and a random suffix. A directory moved there keeps its content; across file systems
 * it is copied and removed without following links.
 */
public final class QuarantineDirectory implements Quarantine {
    private final Path base;
    private Path directory;

    /** @param base cco's quarantine, for example ~/.local/state/cco/quarantine */
    public QuarantineDirectory(Path base) {
        this.base = base;
    }

    @Override
    public Path take(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        Path target = directory().resolve(path.toString().substring(1));
        Files.createDirectories(target.getParent());
        try {
            Files.move(path, target, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.DirectoryNotEmptyException acrossFileSystems) {
            moveTree(path, target);
        }
        return target;
    }

    private static void moveTree(Path source, Path target) throws IOException {
        Files.copy(source, target, LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            try (var entries = Files.list(source)) {
                for (Path entry : entries.toList()) {
                    moveTree(entry, target.resolve(entry.getFileName().toString()));
                }
            }
        }
        Files.delete(source);
    }

    private Path directory() throws IOException {
        if (directory == null) {
            Files.createDirectories(base);
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwx------"));
            directory = Files.createTempDirectory(base, Instant.now().toString().replace(':', '-') + "-");
        }
        return directory;
    }
}
