package cco.domain.policy;

/**
 * What a rule needs when its path does not exist yet: a denied path or code the host runs from
 * a writable home must still be enforced, so something is put in its place; agent state is
 * created for real, as the agent would have done; a protected file of the project is watched.
 */
public enum WhenMissing {
    /** Nothing to enforce: the rule applies only to a path that exists. */
    IGNORE,
    DIRECTORY,
    EMPTY_FILE,
    /** A file holding {@code {}}, for JSON files the agent must still be able to parse. */
    EMPTY_JSON_OBJECT,
    /**
     * No stand-in: the session may create the path, and cco moves what it created into its
     * quarantine afterwards (or at the next start if cco was killed) and says so. For the project's
     * protected files (ADR 0021), and where an empty stand-in would change what the host does (an
     * empty ~/.bash_profile hides ~/.profile) or is impossible (git refuses an empty commondir).
     */
    QUARANTINE_IF_CREATED
}
