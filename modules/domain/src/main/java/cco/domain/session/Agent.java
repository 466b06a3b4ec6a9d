package cco.domain.session;

/** The program a session runs inside the sandbox. */
public sealed interface Agent {

    String program();

    /** Claude Code, the default agent. */
    record ClaudeCode() implements Agent {
        @Override
        public String program() {
            return "claude";
        }
    }

    /** OpenAI Codex CLI ({@code cco codex}). */
    record Codex() implements Agent {
        @Override
        public String program() {
            return "codex";
        }
    }

    /** Any program ({@code --command}); no agent flags are added. */
    record Command(String program) implements Agent {
        public Command {
            if (program.isEmpty()) {
                throw new IllegalArgumentException("program must not be empty");
            }
        }
    }

    /** An interactive shell, or one command, in the sandbox ({@code cco shell}). */
    record Shell() implements Agent {
        @Override
        public String program() {
            return "bash";
        }
    }
}
