package cco.adapter.bubblewrap;

import java.nio.file.Path;
import java.util.List;

/** One mount of the sandbox, in the terms of bwrap's options. Mounts map a path onto itself, but for private copies. */
sealed interface Mount {

    Path path();

    List<String> options();

    /** The host's {@code source} seen at {@code path}; the same path unless a private copy stands in. */
    record Bind(Path source, Path path, boolean writable) implements Mount {
        Bind(Path path, boolean writable) {
            this(path, path, writable);
        }

        @Override
        public List<String> options() {
            return List.of(writable ? "--bind" : "--ro-bind", source.toString(), path.toString());
        }
    }

    /** A fresh, empty, writable file system. */
    record Tmpfs(Path path) implements Mount {
        @Override
        public List<String> options() {
            return List.of("--tmpfs", path.toString());
        }
    }

    /** Hides a file: reads find it empty. */
    record DevNull(Path path) implements Mount {
        @Override
        public List<String> options() {
            return List.of("--ro-bind", "/dev/null", path.toString());
        }
    }
}
