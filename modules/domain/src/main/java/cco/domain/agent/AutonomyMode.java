package cco.domain.agent;

/** How much an agent may do unasked in a session. */
public enum AutonomyMode {
    /** Full autonomy, cco's default: the sandbox is the boundary. */
    FULL,
    /** The agent's own "ask when it matters" mode ({@code cco auto}). */
    ASK_WHEN_IT_MATTERS,
    /** The user's own settings choose the mode: cco adds nothing. */
    AS_CONFIGURED
}
