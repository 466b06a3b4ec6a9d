package cco.adapter.bubblewrap;

import java.nio.file.Path;
import java.util.List;

/** One mount of the sandbox, in the terms of bwrap's options. Every mount maps a path onto itself. */
sealed interface Mount {

    Path path();

    List<String> options();

    record Bind(Path path, boolean writable) implements Mount {
        @Override
        public List<String> options() {
            return List.of(writable ? "--bind" : "--ro-bind", path.toString(), path.toString());
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
