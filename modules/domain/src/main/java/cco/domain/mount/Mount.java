package cco.domain.mount;

import java.nio.file.Path;

/** One mount of a sandbox. Mounts map a path onto itself, but for the session's own directories standing in. */
public sealed interface Mount {

    Path path();

    /** The host's {@code source} seen at {@code path}; the same path unless a directory of the session's stands in. */
    record Bind(Path source, Path path, boolean writable) implements Mount {
        public Bind(Path path, boolean writable) {
            this(path, path, writable);
        }
    }

    /** A fresh, empty, writable file system. */
    record Tmpfs(Path path) implements Mount {
    }

    /** Hides a file: reads find it empty. */
    record EmptyFile(Path path) implements Mount {
    }
}
