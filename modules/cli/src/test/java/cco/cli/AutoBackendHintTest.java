package cco.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.backend.BackendKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoBackendHintTest {

    @Test
    void onlySessionsWithoutBackendOnTheCommandLineLeaveTheHintAndNativeRemovesIt(@TempDir Path cache) {
        Path hint = cache.resolve(AutoBackendHint.FILE);
        AutoBackendHint hints = new AutoBackendHint(cache);
        hints.remember(true, BackendKind.DOCKER);
        assertFalse(Files.exists(hint), "an explicit --backend docker needs no hint: the launcher reads it");
        hints.remember(false, BackendKind.DOCKER);
        assertTrue(Files.exists(hint), "auto, or the configuration's backend, chose Docker");
        hints.remember(false, BackendKind.BUBBLEWRAP);
        assertFalse(Files.exists(hint));
    }
}
