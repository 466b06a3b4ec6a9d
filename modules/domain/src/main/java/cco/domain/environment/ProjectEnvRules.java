package cco.domain.environment;

import cco.domain.session.EnvAssignment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Variables a project's .env may not set, because the file may have been written by an agent
 * in an earlier session: ones that make programs load code (the loader, interpreters, shells),
 * that move where tools read their configuration, or that redirect the agents' traffic and
 * credentials (CVE-2026-21852 did this through a project settings file).
 */
final class ProjectEnvRules {
    private static final Set<String> REFUSED = Set.of(
            "PATH", "HOME", "SHELL", "ENV", "BASH_ENV", "ZDOTDIR", "PROMPT_COMMAND", "IFS", "PS4",
            "NODE_OPTIONS", "NODE_PATH", "NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE", "SSL_CERT_DIR",
            "PERL5OPT", "PERL5LIB", "PERLLIB", "RUBYOPT", "RUBYLIB",
            "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH",
            "EDITOR", "VISUAL", "PAGER", "MANPAGER", "GIT_PAGER", "LESSOPEN", "LESSCLOSE", "BROWSER",
            "TERMINFO", "TERMINFO_DIRS", "GCONV_PATH", "LOCPATH", "NLSPATH", "HOSTALIASES", "RES_OPTIONS",
            "POSIXLY_CORRECT", "GLOBIGNORE", "SHELLOPTS", "CDPATH");
    private static final List<String> REFUSED_PREFIXES = List.of(
            "LD_", "DYLD_", "PYTHON", "GIT_", "XDG_", "ANTHROPIC_", "CLAUDE_", "OPENAI_", "CODEX_", "NPM_CONFIG_", "npm_config_",
            "BASH", EnvAssignment.LAUNCHER_NAMESPACE);

    private ProjectEnvRules() {
    }

    /** Why a .env line may not set this variable, or empty when it may. */
    static Optional<String> refusal(String name) {
        if (REFUSED.contains(name) || REFUSED_PREFIXES.stream().anyMatch(name::startsWith)) {
            return Optional.of("it changes how programs load code or where the agent's traffic goes");
        }
        if (name.toUpperCase(Locale.ROOT).endsWith("_PROXY")) {
            return Optional.of("a proxy set by the project could intercept the agent's traffic");
        }
        return Optional.empty();
    }
}
