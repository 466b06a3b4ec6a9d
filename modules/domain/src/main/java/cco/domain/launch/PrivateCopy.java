package cco.domain.launch;

import java.nio.file.Path;

/**
 * A host file the sandbox sees as a private copy: {@code copy} is mounted at {@code hostFile},
 * and after the session its safe changes are merged back from {@code sessionDirectory}.
 */
public record PrivateCopy(Path hostFile, Path copy, Path sessionDirectory) {
}
