package cco.domain.policy;

/** Why a rule exists; shown beside it in the effective policy. */
public enum RuleOrigin {
    HOST("host filesystem"),
    SYSTEM("system directory (--safe)"),
    HIDDEN_BY_SAFE("hidden by --safe"),
    HOST_SOCKETS("host sockets and session buses"),
    NAME_RESOLUTION("name resolution"),
    SECRETS("well-known secret"),
    CCO_INSTALLATION("cco's own installation"),
    CCO_STATE("cco's own state: hidden"),
    CCO_CONFIGURATION("cco's configuration"),
    CCO_CREDENTIAL_BACKUPS("cco's credential backups: hidden"),
    DOCKER_SOCKET("host Docker socket (--docker)"),
    PRIVATE_TMP("private per session"),
    PRIVATE_HOME("the container's home: private per session"),
    AGENT_STATE("agent state"),
    TOOLCHAIN_CACHE("toolchain cache: writes go to cco's store, never the host's copy"),
    AGENT_HOME("agent home: a private view for the session"),
    AGENT_PROJECT_STATE("agent state of this project"),
    AGENT_HOME_USER_FILE("the user's own file in an agent home"),
    OTHER_AGENT_HOME("another agent's home in a writable directory"),
    AGENT_EXECUTABLE_CONFIG("agent config that runs code"),
    AGENT_CREDENTIALS("agent credentials (read-only without --allow-oauth-refresh)"),
    PROJECT("project"),
    ADD_DIR("--add-dir"),
    ALLOW_READONLY("--allow-readonly"),
    PROTECTED("protected"),
    HOST_RUNS_CODE("the host runs code from it"),
    DENY_PATH("--deny-path");

    private final String description;

    RuleOrigin(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
