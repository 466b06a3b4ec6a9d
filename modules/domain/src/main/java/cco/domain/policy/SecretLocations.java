package cco.domain.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;

/**
 * Well-known secrets in the home directory, hidden even in the default mode where the rest of
 * $HOME is readable: keys, cloud and registry credentials, shell histories, browser profiles,
 * and directories holding agent sockets. Sharing one explicitly (--allow-readonly ~/.ssh) wins.
 * Inside a writable root (--add-dir ~), those whose mere creation changes what the host does
 * (authorized_keys, an AWS credential_process, a kubeconfig exec plugin, a Docker credential
 * helper, npm's scripts, credentials that would send the host's pushes elsewhere) stay hidden
 * even while they do not exist, so the session cannot create them.
 */
final class SecretLocations {
    static final List<String> RELATIVE_TO_HOME = List.of(
            ".ssh", ".gnupg", ".aws", ".azure", ".config/gcloud", ".kube", ".docker", ".config/gh",
            ".netrc", ".git-credentials", ".npmrc", ".pypirc", ".cargo/credentials.toml", ".gem/credentials",
            ".password-store", ".local/share/keyrings", ".vault-token", ".terraform.d/credentials.tfrc.json",
            ".bash_history", ".zsh_history", ".python_history", ".node_repl_history", ".psql_history", ".mysql_history",
            ".mozilla", ".config/google-chrome", ".config/chromium", ".config/BraveSoftware");
    static final Map<String, WhenMissing> EVEN_IF_MISSING_IN_WRITABLE_ROOTS = Map.ofEntries(
            Map.entry(".ssh", WhenMissing.DIRECTORY),
            Map.entry(".gnupg", WhenMissing.DIRECTORY),
            Map.entry(".aws", WhenMissing.DIRECTORY),
            Map.entry(".azure", WhenMissing.DIRECTORY),
            Map.entry(".config/gcloud", WhenMissing.DIRECTORY),
            Map.entry(".kube", WhenMissing.DIRECTORY),
            Map.entry(".docker", WhenMissing.DIRECTORY),
            Map.entry(".config/gh", WhenMissing.DIRECTORY),
            Map.entry(".password-store", WhenMissing.DIRECTORY),
            Map.entry(".netrc", WhenMissing.EMPTY_FILE),
            Map.entry(".git-credentials", WhenMissing.EMPTY_FILE),
            Map.entry(".npmrc", WhenMissing.EMPTY_FILE),
            Map.entry(".vault-token", WhenMissing.EMPTY_FILE));

    private SecretLocations() {
    }

    static List<PathRule> rules(Path home) {
        return RELATIVE_TO_HOME.stream()
                .map(relative -> PathRule.existing(home.resolve(relative), Access.DENIED, RuleOrigin.SECRETS))
                .toList();
    }

    static List<PathRule> withinWritableRoots(Path home, List<Path> writableRoots, UnaryOperator<Path> real) {
        return HomeCodeLocations.evenIfMissingWithin(home, EVEN_IF_MISSING_IN_WRITABLE_ROOTS, Access.DENIED, RuleOrigin.SECRETS,
                writableRoots, real);
    }
}
