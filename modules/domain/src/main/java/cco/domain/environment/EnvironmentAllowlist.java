package cco.domain.environment;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The host variables a sandbox inherits without being asked: what programs need to run (home,
 * user, shell, PATH), the terminal, the locale, git identity, proxies and TLS trust, where
 * toolchains keep their caches, and the session's agent's own configuration and credentials (its
 * profile names them; a shell or --command session may run any agent, so it gets every agent's).
 * Sockets and session buses (DISPLAY, SSH_AUTH_SOCK,
 * DBUS_SESSION_BUS_ADDRESS...) and everything else stay out unless passed with -e.
 */
final class EnvironmentAllowlist {
    private static final Set<String> NAMES = Set.of(
            "HOME", "USER", "LOGNAME", "SHELL", "PATH",
            "TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TERM_PROGRAM", "TERM_PROGRAM_VERSION",
            "LANG", "LANGUAGE", "TZ",
            "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL",
            "http_proxy", "https_proxy", "no_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY",
            "NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE", "SSL_CERT_DIR",
            // Where toolchains keep their caches: the same inside, where cco's stores are mounted (ToolchainCaches).
            "XDG_CACHE_HOME", "npm_config_cache", "NPM_CONFIG_CACHE", "YARN_CACHE_FOLDER", "BUN_INSTALL_CACHE_DIR", "PIP_CACHE_DIR",
            "UV_CACHE_DIR", "CARGO_HOME", "GOPATH", "GOMODCACHE", "GOCACHE", "GRADLE_USER_HOME", "MAVEN_OPTS",
            "DISABLE_AUTOUPDATER", "DISABLE_TELEMETRY", "DISABLE_ERROR_REPORTING", "DISABLE_BUG_COMMAND");
    private static final List<String> PREFIXES = List.of("LC_");

    private EnvironmentAllowlist() {
    }

    static boolean allows(String name, Predicate<String> agentVariables) {
        return NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith) || agentVariables.test(name);
    }
}
