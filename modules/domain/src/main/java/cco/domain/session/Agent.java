package cco.domain.session;

import cco.domain.policy.AgentState;

/** The program a session runs inside the sandbox, and whose state the session keeps. */
public sealed interface Agent {

    String program();

    AgentState state();

    /** Claude Code, the default agent. */
    record ClaudeCode() implements Agent {
        @Override
        public String program() {
            return "claude";
        }

        @Override
        public AgentState state() {
            return AgentState.CLAUDE;
        }
    }

    /** OpenAI Codex CLI ({@code cco codex}). */
    record Codex() implements Agent {
        @Override
        public String program() {
            return "codex";
        }

        @Override
        public AgentState state() {
            return AgentState.CODEX;
        }
    }

    /** Any program ({@code --command}); no agent flags are added. */
    record Command(String program) implements Agent {
        public Command {
            if (program.isEmpty()) {
                throw new IllegalArgumentException("program must not be empty");
            }
        }

        @Override
        public AgentState state() {
            return AgentState.NONE;
        }
    }

    /** An interactive shell, or one command, in the sandbox ({@code cco shell}). */
    record Shell() implements Agent {
        @Override
        public String program() {
            return "bash";
        }

        /** A shell may well run claude. */
        @Override
        public AgentState state() {
            return AgentState.CLAUDE;
        }
    }
}
