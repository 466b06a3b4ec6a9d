package cco.domain.credentials;

import cco.domain.agent.AgentDirectory;
import cco.domain.agent.AgentProfile;
import cco.domain.agent.DirectoryLocation;
import cco.domain.session.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

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

    /**
     * Where an agent whose credentials cco does not manage finds them: the key variables it reads (by name, or by its prefixes
     * among {@code hostVariables}) and the credential files in its directories.
     */
    public static List<CredentialSource> of(AgentProfile agent, Function<DirectoryLocation, Path> directoryOf, Set<String> hostVariables) {
        Stream<CredentialSource> variables = Stream.concat(agent.environmentNames().stream(), hostVariables.stream().filter(agent::passes))
                .filter(name -> name.endsWith("_KEY") || name.endsWith("_TOKEN")).distinct().sorted()
                .map(CredentialSource.EnvironmentVariable::new);
        Stream<CredentialSource> files = agent.directories().stream()
                .flatMap(directory -> credentialFiles(directory, directoryOf.apply(directory.location())));
        return Stream.concat(variables, files).toList();
    }

    private static Stream<CredentialSource> credentialFiles(AgentDirectory directory, Path where) {
        return directory.credentials().stream().sorted().map(name -> new CredentialSource.CredentialFile(where.resolve(name)));
    }

    /** @param credentialFile where Codex keeps its credentials here (CredentialOwner.file) */
    public static List<CredentialSource> codex(Path credentialFile) {
        return List.of(new CredentialSource.EnvironmentVariable("OPENAI_API_KEY"), new CredentialSource.CredentialFile(credentialFile));
    }
}
