package cco.domain.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.session.Platform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CredentialSourcesTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void claudeUsesTheKeychainOnlyOnMacos() {
        Path file = HOME.resolve(".claude/.credentials.json");
        assertTrue(CredentialSources.claudeCode(Platform.MACOS, file).contains(new CredentialSource.KeychainItem("Claude Code-credentials")));
        assertFalse(CredentialSources.claudeCode(Platform.LINUX, file).stream().anyMatch(CredentialSource.KeychainItem.class::isInstance));
        assertTrue(CredentialSources.claudeCode(Platform.LINUX, file).contains(new CredentialSource.CredentialFile(file)));
    }

    @Test
    void codexHasItsKeyVariableAndItsFile() {
        assertEquals(new CredentialSource.CredentialFile(Path.of("/x/auth.json")), CredentialSources.codex(Path.of("/x/auth.json")).get(1));
        assertEquals("$OPENAI_API_KEY", CredentialSources.codex(Path.of("/x/auth.json")).get(0).describe());
    }
}
