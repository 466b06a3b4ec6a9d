package cco.cli;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.Aftermath;
import cco.domain.launch.HandOver;
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
 *   session DIR                     the session's record and directory in cco's state (Java finishes it)
 *   finish-always                   the session answers for stand-ins: finish it in Java however it ends
 *   finish-if-exists PATH           ... or if PATH exists afterwards (a protected path the session may create)
 *   finish-if-differs AT-START COPY  ... or if a private COPY is no longer its AT-START version (or not a regular file)
 *   finish-if-repositories ROOT     ... or if a git config, HEAD or hook in ROOT changed since DIR/started
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

    static void write(HandOver handOver, Path sessionDirectory, Path channel, Optional<String> relayedTerminal) {
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
            writeAftermath(out, handOver.aftermath(), sessionDirectory);
            field(out, "run");
            for (String argument : handOver.command()) {
                field(out, argument);
            }
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot hand the session over to the launcher: " + e.getMessage());
        }
    }

    /** What tells the launcher whether the session needs Java when it ends, or only the removal of its directory. */
    private static void writeAftermath(OutputStream out, Aftermath aftermath, Path sessionDirectory) throws IOException {
        field(out, "session");
        field(out, sessionDirectory.toString());
        if (!aftermath.standIns().isEmpty()) {
            field(out, "finish-always");
        }
        for (Path path : aftermath.watched()) {
            field(out, "finish-if-exists");
            field(out, path.toString());
        }
        for (PrivateCopy copy : aftermath.privateCopies()) {
            field(out, "finish-if-differs");
            field(out, copy.atStart().toString());
            field(out, copy.copy().toString());
        }
        for (Path root : aftermath.auditedRoots()) {
            field(out, "finish-if-repositories");
            field(out, root.toString());
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
