package cco.adapter.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Docker daemon creates a missing mount point itself, as root: inside a directory of the
 * session's own (the home, Claude's private home) that would leave root-owned directories the
 * agent cannot write in (~/.cache above a cache store) and cco cannot delete afterwards. So every
 * mount point that falls inside such a directory is made first, as the user: directories for a
 * directory or tmpfs, an empty file for a file. Inside the project nothing is made: what is
 * mounted there exists (the mount plan mounts only existing paths or stand-ins).
 */
final class MountPoints {
    private MountPoints() {
    }

    static void prepare(ContainerSpec spec, Path sessionDirectory) {
        List<ContainerSpec.BindMount> owned = spec.binds().stream().filter(bind -> bind.source().startsWith(sessionDirectory)).toList();
        Stream<Target> targets = Stream.concat(spec.binds().stream().map(bind -> new Target(bind.target(), Files.isDirectory(bind.source()))),
                spec.tmpfs().keySet().stream().map(path -> new Target(Path.of(path), true)));
        for (Target target : targets.toList()) {
            enclosing(owned, target.path()).ifPresent(parent -> make(parent.source().resolve(parent.target().relativize(target.path())), target.directory()));
        }
    }

    private record Target(Path path, boolean directory) {
    }

    private static Optional<ContainerSpec.BindMount> enclosing(List<ContainerSpec.BindMount> owned, Path target) {
        return owned.stream()
                .filter(bind -> target.startsWith(bind.target()) && !target.equals(bind.target()))
                .max(Comparator.comparingInt(bind -> bind.target().getNameCount()));
    }

    private static void make(Path path, boolean directory) {
        try {
            Files.createDirectories(path.getParent());
            if (directory) {
                Files.createDirectories(path);
            } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException e) {
            // Made by the agent's state before: a mount covers it all the same.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
