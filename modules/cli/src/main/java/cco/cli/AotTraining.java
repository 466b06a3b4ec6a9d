package cco.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * The workload the installer runs once to train the JVM's ahead-of-time cache: the common
 * command lines, in one process, with their output discarded. The cache then holds the classes
 * and linkage every later start would otherwise load again.
 */
public final class AotTraining {
    private static final List<String[]> WORKLOAD = List.of(
            new String[] {"--version"},
            new String[] {"--help"},
            new String[] {"--dry-run", "--add-dir", "/tmp:ro", "--deny-path", "~/.ssh", "-e", "TRAINING=1", "--resume"},
            new String[] {"--dry-run", "codex", "--version"},
            new String[] {"--backend", "unknown"},
            new String[] {"--add-dir"});

    private AotTraining() {
    }

    public static void main(String[] args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true);
        HostContext host = HostContext.ofThisProcess(discard, discard);
        for (String[] commandLine : WORKLOAD) {
            Main.run(commandLine, host);
        }
    }
}
