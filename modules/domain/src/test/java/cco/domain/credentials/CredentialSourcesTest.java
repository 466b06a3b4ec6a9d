package cco.domain.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.agent.KnownAgents;
import cco.domain.session.Platform;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    @Test
    void anotherAgentHasItsKeyVariablesByNameOrPrefixAndTheCredentialFilesOfItsDirectories() {
        List<String> gemini = CredentialSources.of(KnownAgents.GEMINI, location -> HOME.resolve(".gemini"),
                Set.of("GEMINI_API_KEY", "GEMINI_MODEL", "OPENAI_API_KEY", "PATH")).stream().map(CredentialSource::describe).toList();
        assertEquals(List.of("$GEMINI_API_KEY", "$GOOGLE_API_KEY", "/home/ada/.gemini/gemini-credentials.json", "/home/ada/.gemini/google_accounts.json",
                "/home/ada/.gemini/mcp-oauth-tokens.json", "/home/ada/.gemini/oauth_creds.json"), gemini,
                "not its other variables (GEMINI_MODEL), not another agent's key");
    }
}
