package cco.adapter.installation;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program run to its end, stdin from /dev/null, stdout and stderr together into a file (so a
 * program that never closes its output cannot outlast the timeout), killed when it takes too long.
 */
final class HostProcess {
    private HostProcess() {
    }

    record Outcome(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }

        String lastLine() {
            List<String> lines = lines();
            return lines.isEmpty() ? "(no output)" : lines.getLast();
        }
    }

    /** {@code environment} null keeps cco's own; otherwise it is the program's whole environment. */
    static Outcome run(List<String> command, Path directory, Map<String, String> environment, Duration timeout) {
        Path output = null;
        try {
            output = Files.createTempFile("cco-update-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            if (environment != null) {
                builder.environment().clear();
                builder.environment().putAll(environment);
            }
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new CcoException(FailureKind.UPDATE, "self-update: " + command.getFirst() + " took longer than " + timeout.toMinutes() + " minutes");
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CcoException(FailureKind.UPDATE, "self-update: interrupted while " + command.getFirst() + " ran");
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // A file in the temporary directory is all that is left.
                }
            }
        }
    }
}
