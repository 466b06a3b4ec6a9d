package cco.domain.credentials;

import cco.domain.agent.AgentProfile;
import cco.domain.agent.KnownAgents;
import cco.domain.policy.AgentHomes;
import cco.domain.policy.SessionLocations;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** An agent whose credential file cco backs up, restores and lets refresh: where the file is on this host. */
public enum CredentialOwner {
    CLAUDE_CODE("Claude Code", "claude-code", KnownAgents.CLAUDE, ".credentials.json"),
    CODEX("Codex", "codex", KnownAgents.CODEX, "auth.json");

    private final String displayName;
    private final String label;
    private final AgentProfile agent;
    private final String fileName;

    CredentialOwner(String displayName, String label, AgentProfile agent, String fileName) {
        this.displayName = displayName;
        this.label = label;
        this.agent = agent;
        this.fileName = fileName;
    }

    /** Whose credentials a session keeping this agent's state uses. */
    public static Optional<CredentialOwner> of(AgentProfile agent) {
        return Arrays.stream(values()).filter(owner -> owner.agent.equals(agent)).findFirst();
    }

    public AgentProfile agent() {
        return agent;
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
        return AgentHomes.homeOf(locations, agent).resolve(fileName);
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
