package cco.domain.credentials;

import cco.domain.session.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where each agent looks for its credentials on this platform, in the agent's own order. */
public final class CredentialSources {
    /** The Keychain service name under which Claude Code stores its OAuth credentials on macOS. */
    static final String CLAUDE_KEYCHAIN_SERVICE = "Claude Code-credentials";

    private CredentialSources() {
    }

    /** @param credentialFile where Claude Code keeps its credentials here (CredentialOwner.file) */
    public static List<CredentialSource> claudeCode(Platform platform, Path credentialFile) {
        List<CredentialSource> sources = new ArrayList<>(List.of(
                new CredentialSource.EnvironmentVariable("ANTHROPIC_API_KEY"),
                new CredentialSource.EnvironmentVariable("ANTHROPIC_AUTH_TOKEN"),
                new CredentialSource.EnvironmentVariable("CLAUDE_CODE_OAUTH_TOKEN")));
        if (platform == Platform.MACOS) {
            sources.add(new CredentialSource.KeychainItem(CLAUDE_KEYCHAIN_SERVICE));
        }
        sources.add(new CredentialSource.CredentialFile(credentialFile));
        return List.copyOf(sources);
    }

    /** @param credentialFile where Codex keeps its credentials here (CredentialOwner.file) */
    public static List<CredentialSource> codex(Path credentialFile) {
        return List.of(new CredentialSource.EnvironmentVariable("OPENAI_API_KEY"), new CredentialSource.CredentialFile(credentialFile));
    }
}
