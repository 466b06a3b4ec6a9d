package cco.cli;

import cco.domain.failure.FailureKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** cco's own exit codes; any other status is the agent's, passed through unchanged. */
final class ExitCodes {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int NOT_BUILT = 3;
    static final int CREDENTIALS = 4;
    static final int CONFIGURATION = 5;
    static final int UPDATE = 6;
    static final int UPDATE_UNVERIFIED = 7;
    static final int DECLINED = 1;
    static final int INTERNAL = 70;
    static final int SANDBOX_UNAVAILABLE = 125;
    static final int AGENT_NOT_FOUND = 127;

    private ExitCodes() {
    }

    /** The list shown by --help. */
    static Map<String, String> helpList() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "the agent's own status is cco's status (128+N if it died of signal N)");
        codes.put(String.valueOf(USAGE), "usage error: unknown option value, missing or contradictory options, missing path");
        codes.put(String.valueOf(DECLINED), "you declined a confirmation (restore-creds); nothing was changed");
        codes.put(String.valueOf(NOT_BUILT), "the request is valid but not available in this version of cco");
        codes.put(String.valueOf(CREDENTIALS), "a credential file or backup could not be read, validated or written; the credentials on disk are unchanged");
        codes.put(String.valueOf(CONFIGURATION), "a configuration file is not valid JSON or holds a setting cco cannot take, or the update key cannot be read (the message names the file and the key)");
        codes.put(String.valueOf(UPDATE), "self-update could not update or roll back; the installed version is unchanged");
        codes.put(String.valueOf(UPDATE_UNVERIFIED), "self-update: the release failed verification (checksum, signature, archive, launcher); the installed version is unchanged");
        codes.put(String.valueOf(INTERNAL), "internal error in cco (run with --debug for details)");
        codes.put(String.valueOf(SANDBOX_UNAVAILABLE), "the sandbox could not be set up; cco refuses to run unisolated");
        codes.put(String.valueOf(AGENT_NOT_FOUND), "the agent program was not found");
        return codes;
    }

    static int of(FailureKind kind) {
        return switch (kind) {
            case USAGE -> USAGE;
            case NOT_BUILT -> NOT_BUILT;
            case CREDENTIALS -> CREDENTIALS;
            case CONFIGURATION -> CONFIGURATION;
            case UPDATE -> UPDATE;
            case UPDATE_UNVERIFIED -> UPDATE_UNVERIFIED;
            case DECLINED -> DECLINED;
            case SANDBOX_UNAVAILABLE -> SANDBOX_UNAVAILABLE;
            case AGENT_NOT_FOUND -> AGENT_NOT_FOUND;
            case INTERNAL -> INTERNAL;
        };
    }
}
