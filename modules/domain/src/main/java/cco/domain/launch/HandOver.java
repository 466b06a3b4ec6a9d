package cco.domain.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * A session ready to start: the sandbox program, its options (which carry the environment, so
 * they are passed on a descriptor, never on a command line), the command it runs, data the
 * sandbox reads on an inherited descriptor (the seccomp program), the stand-ins to remove once
 * it ends, paths to move aside if the session created them, the private copies whose safe
 * changes go back to the host, and the writable roots whose new or changed git repositories are
 * audited afterwards. cco's launcher starts it without a JVM in between.
 */
public record HandOver(Path program, List<String> options, List<String> command, InheritedInput input, List<Placeholder> cleanup,
        List<Path> quarantineIfCreated, List<PrivateCopy> mergeBack, List<Path> auditedRoots) {

    public HandOver {
        options = List.copyOf(options);
        command = List.copyOf(command);
        cleanup = List.copyOf(cleanup);
        quarantineIfCreated = List.copyOf(quarantineIfCreated);
        mergeBack = List.copyOf(mergeBack);
        auditedRoots = List.copyOf(auditedRoots);
    }

    /** Bytes the sandbox program reads from descriptor {@code fd}. */
    public record InheritedInput(int fd, byte[] bytes) {
    }
}
