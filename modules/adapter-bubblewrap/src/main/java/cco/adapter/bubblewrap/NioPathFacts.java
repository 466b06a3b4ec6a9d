package cco.adapter.bubblewrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Path facts read from the host's file system, following symlinks as a bind mount does. */
final class NioPathFacts implements PathFacts {

    @Override
    public FileKind kindOf(Path path) {
        if (Files.isDirectory(path)) {
            return FileKind.DIRECTORY;
        }
        return Files.exists(path) ? FileKind.OTHER : FileKind.MISSING;
    }

    @Override
    public Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
