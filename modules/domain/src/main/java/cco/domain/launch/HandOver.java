package cco.domain.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * A session ready to start: the sandbox program, its options (which carry the environment, so
 * they are passed on a descriptor, never on a command line), the command it runs, data the
 * sandbox reads on an inherited descriptor (the seccomp program), and what the session leaves to
 * be dealt with when it ends. cco's launcher starts it without a JVM in between.
 */
public record HandOver(Path program, List<String> options, List<String> command, InheritedInput input, Aftermath aftermath) {

    public HandOver {
        options = List.copyOf(options);
        command = List.copyOf(command);
    }

    public HandOver withAftermath(Aftermath replaced) {
        return new HandOver(program, options, command, input, replaced);
    }

    /** Bytes the sandbox program reads from descriptor {@code fd}. */
    public record InheritedInput(int fd, byte[] bytes) {
    }
}
