package cco.domain.failure;

/** Why cco itself could not do what was asked; the CLI maps each kind to one exit code. */
public enum FailureKind {
    /** Bad command line or configuration: unknown option value, missing path, contradiction. */
    USAGE,
    /** The request is valid but this version of cco does not implement it yet. */
    NOT_BUILT,
    /** The chosen isolation cannot be set up here; cco refuses to run unisolated. */
    SANDBOX_UNAVAILABLE,
    /** The agent program could not be found. */
    AGENT_NOT_FOUND,
    /** A credential file or backup could not be read, validated or written; the credentials on disk are unchanged. */
    CREDENTIALS,
    /**
     * A configuration file is not valid JSON or holds a setting cco cannot take (the file, the key
     * and the problem are named), or the update key a setting names cannot be read or used.
     */
    CONFIGURATION,
    /** cco could not be updated or rolled back (no installation to update, an unreadable source, a failed step); the installed version is unchanged. */
    UPDATE,
    /** A release failed its verification (checksum mismatch, a missing or wrong signature, an unsafe archive, a launcher that does not run); the installed version is unchanged. */
    UPDATE_UNVERIFIED,
    /** The user declined a confirmation; nothing was changed. */
    DECLINED,
    /** A bug or an unexpected condition in cco. */
    INTERNAL
}
