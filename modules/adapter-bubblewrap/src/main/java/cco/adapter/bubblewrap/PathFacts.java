package cco.adapter.bubblewrap;

import java.nio.file.Path;

/** The host facts the mount plan depends on; a fake in tests, the real file system in use. */
interface PathFacts {

    FileKind kindOf(Path path);
}
