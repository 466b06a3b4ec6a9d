package cco.domain.launch;

import java.nio.file.Path;

/**
 * A host file the session works on as a private copy: {@code copy} lies in a directory of the
 * session's own that is mounted, writable, at {@code home} (the agent's home, where the agent
 * finds the file, locks it and replaces it by rename as it does bare); after the session its safe
 * changes are merged back into {@code hostFile} from {@code sessionDirectory}.
 */
public record PrivateCopy(Path hostFile, Path copy, Path sessionDirectory, Path home) {

    /** The directory mounted at {@code home}. */
    public Path homeSource() {
        return copy.getParent();
    }
}
