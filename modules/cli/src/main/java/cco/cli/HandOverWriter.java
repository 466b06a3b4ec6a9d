package cco.cli;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.HandOver;
import cco.domain.launch.Placeholder;
import cco.domain.launch.PrivateCopy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writes a hand-over for cco's launcher (jlink/cco), which starts the sandbox once this JVM
 * has exited: NUL-terminated fields, read with bash's {@code mapfile -d ''}.
 * <pre>
 *   cco-handover-1
 *   relay TERMINAL                  optional: run the sandbox on this private terminal; this JVM relays it
 *   input FD PRINTF-FORMAT          bytes for descriptor FD, as \xHH escapes
 *   sandbox PROGRAM COUNT OPTIONS... the sandbox program and its COUNT options (environment included),
 *                                   which the launcher passes on a descriptor (bwrap --args)
 *   cleanup-dir PATH                remove after the session if still empty
 *   cleanup-file PATH CONTENT       remove after the session if still holding CONTENT
 *   quarantine-if-created PATH      move PATH into cco's quarantine after the session if the session created it
 *   merge-back HOST-FILE DIR        the session used DIR/home/.claude.json for HOST-FILE: merge it back if changed
 *   audit-git ROOT                  after the session, neutralise git repositories it created or changed in ROOT
 *   run COMMAND...                  what the sandbox program runs, to the end
 * </pre>
 * Secrets travel only here and through bwrap's --args descriptor, never on a command line or
 * through the launcher's own environment.
 */
final class HandOverWriter {
    static final String VERSION = "cco-handover-1";
    private static final Path PROCESS_DESCRIPTORS = Path.of("/proc/self/fd");

    private HandOverWriter() {
    }

    static void write(HandOver handOver, Path channel, Optional<String> relayedTerminal) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(channel, StandardOpenOption.WRITE))) {
            field(out, VERSION);
            if (relayedTerminal.isPresent()) {
                field(out, "relay");
                field(out, relayedTerminal.get());
            }
            field(out, "input");
            field(out, String.valueOf(handOver.input().fd()));
            field(out, printfEscapes(handOver.input().bytes()));
            field(out, "sandbox");
            field(out, handOver.program().toString());
            field(out, String.valueOf(handOver.options().size()));
            for (String option : handOver.options()) {
                field(out, option);
            }
            for (Placeholder placeholder : handOver.cleanup()) {
                field(out, placeholder.directory() ? "cleanup-dir" : "cleanup-file");
                field(out, placeholder.path().toString());
                if (!placeholder.directory()) {
                    field(out, placeholder.content());
                }
            }
            for (Path path : handOver.quarantineIfCreated()) {
                field(out, "quarantine-if-created");
                field(out, path.toString());
            }
            for (PrivateCopy copy : handOver.mergeBack()) {
                field(out, "merge-back");
                field(out, copy.hostFile().toString());
                field(out, copy.sessionDirectory().toString());
            }
            for (Path root : handOver.auditedRoots()) {
                field(out, "audit-git");
                field(out, root.toString());
            }
            field(out, "run");
            for (String argument : handOver.command()) {
                field(out, argument);
            }
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot hand the session over to the launcher: " + e.getMessage());
        }
    }

    /** The launcher's descriptor behind a channel of the form /proc/self/fd/N. */
    static Optional<Integer> inheritedDescriptor(Path channel) {
        if (channel.getParent() == null || !channel.getParent().equals(PROCESS_DESCRIPTORS)) {
            return Optional.empty();
        }
        String name = channel.getFileName().toString();
        return name.matches("[0-9]{1,4}") ? Optional.of(Integer.valueOf(name)) : Optional.empty();
    }

    private static void field(OutputStream out, String value) throws IOException {
        if (value.indexOf('\0') >= 0) {
            throw new CcoException(FailureKind.USAGE, "a NUL character cannot be passed to the sandbox");
        }
        out.write(value.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static String printfEscapes(byte[] bytes) {
        StringBuilder format = new StringBuilder(bytes.length * 4);
        for (byte b : bytes) {
            format.append('\\').append('x').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return format.toString();
    }
}
