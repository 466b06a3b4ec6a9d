package cco.domain.launch;

import java.nio.file.Path;

/**
 * Something cco put on the host so that a rule could hold for a path that did not exist: an
 * empty directory, or a file with known content. It is removed after the session if it is
 * still exactly what cco made.
 */
public record Placeholder(Path path, boolean directory, String content) {

    public static Placeholder directory(Path path) {
        return new Placeholder(path, true, "");
    }

    public static Placeholder file(Path path, String content) {
        return new Placeholder(path, false, content);
    }
}
