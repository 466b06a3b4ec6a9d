package cco.domain.policy;

/** Whose state a session keeps: Claude Code's (Claude, and a shell, which may well run it), Codex's, or none (--command). */
public enum AgentState {
    CLAUDE, CODEX, NONE
}
