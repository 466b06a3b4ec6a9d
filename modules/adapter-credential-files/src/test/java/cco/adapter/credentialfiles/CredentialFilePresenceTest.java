package cco.adapter.credentialfiles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.credentials.CredentialSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialFilePresenceTest {
    private final CredentialFilePresence presence = new CredentialFilePresence();

    @Test
    void aNonEmptyFileIsPresent(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(".credentials.json"), "{}");
        assertTrue(presence.isPresent(new CredentialSource.CredentialFile(file)));
    }

    @Test
    void missingEmptyOrDirectoryIsNotPresent(@TempDir Path dir) throws IOException {
        assertFalse(presence.isPresent(new CredentialSource.CredentialFile(dir.resolve("missing"))));
        assertFalse(presence.isPresent(new CredentialSource.CredentialFile(Files.createFile(dir.resolve("empty")))));
        assertFalse(presence.isPresent(new CredentialSource.CredentialFile(dir)));
    }

    @Test
    void answersOnlyForFiles() {
        assertTrue(presence.handles(new CredentialSource.CredentialFile(Path.of("/x"))));
        assertFalse(presence.handles(new CredentialSource.EnvironmentVariable("X")));
        assertFalse(presence.isPresent(new CredentialSource.EnvironmentVariable("PATH")));
    }
}
