package cco.domain.session;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;

/**
 * The network a session has: the host's (the default: the agent's API, package registries,
 * development and MCP servers on localhost), or none but a loopback of its own.
 */
public enum NetworkAccess {
    HOST("the host's network (Docker: the host's where the daemon is this Linux host's, else its bridge)"),
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
        if (value.startsWith("allow=")) {
            throw new CcoException(FailureKind.NOT_BUILT, "--network allow=HOSTS is not in this version of cco: use --network host or --network none");
        }
        return switch (value) {
            case "host" -> HOST;
            case "none" -> NONE;
            default -> throw CcoException.usage("unknown network '" + value + "' (expected host or none)");
        };
    }
}
