package cco.adapter.bubblewrap;

import java.nio.file.Path;

/** The host facts the mount plan depends on; a fake in tests, the real file system in use. */
interface PathFacts {

    FileKind kindOf(Path path);

    /** The path with every symlink resolved, or the path itself if it does not exist. */
    Path realPath(Path path);
}
