package cco.domain.policy;

/**
 * What a rule needs when its path does not exist yet. A protected or denied path must still be
 * enforced, so something is put in its place; agent state is created for real, as the agent
 * would have done.
 */
public enum WhenMissing {
    /** Nothing to enforce: the rule applies only to a path that exists. */
    IGNORE,
    DIRECTORY,
    EMPTY_FILE,
    /** A file holding {@code {}}, for JSON files the agent must still be able to parse. */
    EMPTY_JSON_OBJECT,
    /**
     * No stand-in is possible (git refuses an empty .git/commondir): if the session creates the
     * path, cco moves it aside afterwards and says so.
     */
    REMOVE_IF_CREATED
}
