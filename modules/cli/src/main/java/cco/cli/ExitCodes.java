package cco.cli;

import cco.domain.failure.FailureKind;

/** cco's own exit codes; any other status is the agent's, passed through unchanged. */
final class ExitCodes {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int NOT_BUILT = 3;
    static final int INTERNAL = 70;
    static final int SANDBOX_UNAVAILABLE = 125;
    static final int AGENT_NOT_FOUND = 127;

    /** The list shown by --help, in picocli's "code:description" form. */
    static final String[] HELP_LIST = {
        "0:the agent's own status is cco's status (128+N if it died of signal N)",
        USAGE + ":usage error: unknown option value, missing or contradictory options, missing path",
        NOT_BUILT + ":the request is valid but not available in this version of cco",
        INTERNAL + ":internal error in cco (run with --debug for details)",
        SANDBOX_UNAVAILABLE + ":the sandbox could not be set up; cco refuses to run unisolated",
        AGENT_NOT_FOUND + ":the agent program was not found",
    };

    private ExitCodes() {
    }

    static int of(FailureKind kind) {
        return switch (kind) {
            case USAGE -> USAGE;
            case NOT_BUILT -> NOT_BUILT;
            case SANDBOX_UNAVAILABLE -> SANDBOX_UNAVAILABLE;
            case AGENT_NOT_FOUND -> AGENT_NOT_FOUND;
            case INTERNAL -> INTERNAL;
        };
    }
}
