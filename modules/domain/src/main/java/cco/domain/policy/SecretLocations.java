package cco.domain.policy;

import java.nio.file.Path;
import java.util.List;

/**
 * Well-known secrets in the home directory, hidden even in the default mode where the rest of
 * $HOME is readable: keys, cloud and registry credentials, shell histories, browser profiles,
 * and directories holding agent sockets. Sharing one explicitly (--allow-readonly ~/.ssh) wins.
 */
final class SecretLocations {
    static final List<String> RELATIVE_TO_HOME = List.of(
            ".ssh", ".gnupg", ".aws", ".azure", ".config/gcloud", ".kube", ".docker", ".config/gh",
            ".netrc", ".git-credentials", ".npmrc", ".pypirc", ".cargo/credentials.toml", ".gem/credentials",
            ".password-store", ".local/share/keyrings", ".vault-token", ".terraform.d/credentials.tfrc.json",
            ".bash_history", ".zsh_history", ".python_history", ".node_repl_history", ".psql_history", ".mysql_history",
            ".mozilla", ".config/google-chrome", ".config/chromium", ".config/BraveSoftware");

    private SecretLocations() {
    }

    static List<PathRule> rules(Path home) {
        return RELATIVE_TO_HOME.stream()
                .map(relative -> PathRule.existing(home.resolve(relative), Access.DENIED, RuleOrigin.SECRETS))
                .toList();
    }
}
