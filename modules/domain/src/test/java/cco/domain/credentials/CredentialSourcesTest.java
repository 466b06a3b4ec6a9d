package cco.domain.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.session.Platform;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialSourcesTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void claudeUsesTheKeychainOnlyOnMacos() {
        assertTrue(CredentialSources.claudeCode(Platform.MACOS, HOME).contains(new CredentialSource.KeychainItem("Claude Code-credentials")));
        assertFalse(CredentialSources.claudeCode(Platform.LINUX, HOME).stream().anyMatch(CredentialSource.KeychainItem.class::isInstance));
        assertTrue(CredentialSources.claudeCode(Platform.LINUX, HOME).contains(new CredentialSource.CredentialFile(HOME.resolve(".claude/.credentials.json"))));
    }

    @Test
    void codexHonoursCodexHome() {
        assertEquals(new CredentialSource.CredentialFile(Path.of("/x/auth.json")), CredentialSources.codex(HOME, Optional.of(Path.of("/x"))).get(1));
        assertEquals("$OPENAI_API_KEY", CredentialSources.codex(HOME, Optional.empty()).get(0).describe());
    }
}
