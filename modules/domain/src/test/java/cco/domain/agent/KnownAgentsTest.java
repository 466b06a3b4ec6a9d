package cco.domain.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.credentials.CredentialOwner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownAgentsTest {

    @Test
    void eachAgentHasItsOwnNameAndAHome() {
        assertEquals(List.of("claude", "codex", "gemini", "opencode", "droid", "pi", "omp"), KnownAgents.ALL.stream().map(AgentProfile::name).toList());
        KnownAgents.ALL.forEach(agent -> assertTrue(!agent.directories().isEmpty(), agent.name()));
        assertEquals(KnownAgents.GEMINI, KnownAgents.named("gemini").orElseThrow());
        assertTrue(KnownAgents.named("bash").isEmpty());
    }

    @Test
    void credentialsAreRefreshableExactlyForTheAgentsWhoseFilesCcoBacksUp() {
        for (AgentProfile agent : KnownAgents.ALL) {
            assertEquals(CredentialOwner.of(agent).isPresent(), agent.refreshableCredentials(), agent.name());
        }
    }

    @Test
    void theVariablesThatMoveDirectoriesAreKnownWithHowTheyAreTyped() {
        Map<String, DirectoryLocation> variables = KnownAgents.movingVariables();
        assertTrue(variables.keySet().containsAll(List.of("CLAUDE_CONFIG_DIR", "CODEX_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                "XDG_STATE_HOME", "PI_CODING_AGENT_DIR", "PI_CONFIG_DIR", "GEMINI_CLI_HOME")), variables.keySet().toString());
        assertEquals("~/.omp-work", variables.get("PI_CONFIG_DIR").typedPath(".omp-work"));
        assertEquals("/data/codex", variables.get("CODEX_HOME").typedPath("/data/codex"));
    }
}
