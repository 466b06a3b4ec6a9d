package cco.domain.policy;

import java.util.List;

/** The path options exactly as the user typed them, in order. */
public record PathOptions(boolean safe, List<String> addDirs, List<String> readOnlyPaths, List<String> deniedPaths) {

    public PathOptions {
        addDirs = List.copyOf(addDirs);
        readOnlyPaths = List.copyOf(readOnlyPaths);
        deniedPaths = List.copyOf(deniedPaths);
    }

    public static PathOptions none() {
        return new PathOptions(false, List.of(), List.of(), List.of());
    }
}
