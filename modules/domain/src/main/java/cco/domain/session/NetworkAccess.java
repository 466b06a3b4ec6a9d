package cco.domain.session;

import cco.domain.failure.CcoException;

/**
 * The network a session has: the host's (the default: the agent's API, package registries,
 * development and MCP servers on localhost), or none but a loopback of its own.
 */
public enum NetworkAccess {
    HOST("the host's network"),
    NONE("none: a loopback of the session's own, nothing else");

    private final String description;

    NetworkAccess(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The value of --network; the egress allowlist (allow=HOSTS) is not in this version. */
    public static NetworkAccess parse(String value) {
        return switch (value) {
            case "host" -> HOST;
            case "none" -> NONE;
            default -> throw CcoException.usage(value.startsWith("allow=")
                    ? "--network allow=HOSTS is not supported by this version of cco: use --network host or --network none"
                    : "--network: expected host or none, got '" + value + "'");
        };
    }
}
