package cco.domain.launch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session ready to start: the exact argument vector and environment of the sandbox program,
 * data it reads on an inherited descriptor (the seccomp program), the stand-ins to remove once
 * it ends, and the private copies whose safe changes go back to the host. cco's launcher starts
 * it without a JVM in between.
 */
public record HandOver(List<String> argv, Map<String, String> environment, InheritedInput input, List<Placeholder> cleanup,
        List<Path> removeIfCreated, List<PrivateCopy> mergeBack) {

    public HandOver {
        argv = List.copyOf(argv);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        cleanup = List.copyOf(cleanup);
        removeIfCreated = List.copyOf(removeIfCreated);
        mergeBack = List.copyOf(mergeBack);
    }

    /** Bytes the sandbox program reads from descriptor {@code fd}. */
    public record InheritedInput(int fd, byte[] bytes) {
    }
}
