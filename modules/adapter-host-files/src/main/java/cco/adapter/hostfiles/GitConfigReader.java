package cco.adapter.hostfiles;

import cco.domain.git.GitConfigSanitizer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A git configuration file's entries as git reads them: {@code git config -f FILE --no-includes
 * -l -z}, from / with an empty environment, so that nothing but the file counts and nothing runs.
 * git from the system directories only (ADR 0009).
 */
final class GitConfigReader {
    private static final long TIMEOUT_SECONDS = 10;

    private GitConfigReader() {
    }

    static Optional<List<GitConfigSanitizer.Entry>> entries(List<Path> gitCandidates, Path config) {
        Optional<Path> git = gitCandidates.stream().filter(Files::isExecutable).findFirst();
        if (git.isEmpty()) {
            return Optional.empty();
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(git.get().toString(), "config", "-f", config.toString(), "--no-includes", "-l", "-z")
                    .directory(new File("/"))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            builder.environment().put("PATH", "/usr/bin:/bin");
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(parse(new String(output, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** NUL-terminated entries, each "key\nvalue", or "key" alone for a key set without a value. */
    private static List<GitConfigSanitizer.Entry> parse(String listing) {
        List<GitConfigSanitizer.Entry> entries = new ArrayList<>();
        for (String entry : listing.split("\0")) {
            if (entry.isEmpty()) {
                continue;
            }
            int newline = entry.indexOf('\n');
            entries.add(newline < 0 ? new GitConfigSanitizer.Entry(entry, null)
                    : new GitConfigSanitizer.Entry(entry.substring(0, newline), entry.substring(newline + 1)));
        }
        return entries;
    }
}
