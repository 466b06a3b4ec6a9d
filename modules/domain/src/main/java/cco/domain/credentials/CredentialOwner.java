package cco.domain.credentials;

import cco.domain.policy.AgentHomes;
import cco.domain.policy.SessionLocations;
import java.nio.file.Path;

/** An agent whose credential file cco backs up, restores and lets refresh: where the file is on this host. */
public enum CredentialOwner {
    CLAUDE_CODE("Claude Code", "claude-code"),
    CODEX("Codex", "codex");

    private final String displayName;
    private final String label;

    CredentialOwner(String displayName, String label) {
        this.displayName = displayName;
        this.label = label;
    }

    public String displayName() {
        return displayName;
    }

    /** The agent's name in file names and listings. */
    public String label() {
        return label;
    }

    /** $CLAUDE_CONFIG_DIR/.credentials.json or ~/.claude/.credentials.json; $CODEX_HOME/auth.json or ~/.codex/auth.json. */
    public Path file(SessionLocations locations) {
        return switch (this) {
            case CLAUDE_CODE -> AgentHomes.claudeHome(locations).resolve(AgentHomes.CLAUDE_CREDENTIALS);
            case CODEX -> AgentHomes.codexHome(locations).resolve(AgentHomes.CODEX_CREDENTIALS);
        };
    }

    public static CredentialOwner ofLabel(String label) {
        for (CredentialOwner owner : values()) {
            if (owner.label.equals(label)) {
                return owner;
            }
        }
        throw new IllegalArgumentException("no agent '" + label + "'");
    }
}
