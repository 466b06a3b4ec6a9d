package cco.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.backend.BackendChoice;
import cco.domain.backend.BackendKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoBackendHintTest {

    @Test
    void onlyAutoLeavesTheHintAndNativeRemovesIt(@TempDir Path cache) {
        Path hint = cache.resolve(AutoBackendHint.FILE);
        AutoBackendHint hints = new AutoBackendHint(cache);
        hints.remember(BackendChoice.DOCKER, BackendKind.DOCKER);
        assertFalse(Files.exists(hint), "an explicit --backend docker needs no hint");
        hints.remember(BackendChoice.AUTO, BackendKind.DOCKER);
        assertTrue(Files.exists(hint));
        hints.remember(BackendChoice.AUTO, BackendKind.BUBBLEWRAP);
        assertFalse(Files.exists(hint));
    }
}
