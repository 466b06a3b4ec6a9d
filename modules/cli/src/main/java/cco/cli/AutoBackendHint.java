package cco.cli;

import cco.domain.backend.BackendKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the launcher, before the JVM starts, that a session without --backend on its command line
 * (auto, or the backend of the user's configuration) used Docker here last time, so that it starts
 * the JVM with the Docker sessions' AOT cache (ADR 0024). Only a speed hint: a wrong or missing
 * one costs start-up time, never isolation, so failures to write it are ignored.
 */
final class AutoBackendHint {
    static final String FILE = "cco/auto-uses-docker";

    private final Path hint;

    /** {@code cacheDirectory}: $XDG_CACHE_HOME or ~/.cache, as the launcher computes it. */
    AutoBackendHint(Path cacheDirectory) {
        this.hint = cacheDirectory.resolve(FILE);
    }

    boolean choseDocker() {
        return Files.exists(hint);
    }

    void remember(boolean backendOnCommandLine, BackendKind chosen) {
        if (backendOnCommandLine) {
            return;
        }
        try {
            if (chosen == BackendKind.DOCKER && !Files.exists(hint)) {
                Files.createDirectories(hint.getParent());
                Files.createFile(hint);
            } else if (chosen != BackendKind.DOCKER) {
                Files.deleteIfExists(hint);
            }
        } catch (IOException e) {
            // Only start-up time depends on it.
        }
    }
}
