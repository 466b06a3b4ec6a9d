package cco.domain.session;

import cco.domain.agent.AgentProfile;
import cco.domain.agent.AutonomyMode;
import cco.domain.agent.KnownAgents;
import java.util.List;
import java.util.Optional;

/** The program a session runs inside the sandbox, and whose state the session keeps. */
public sealed interface Agent {

    String program();

    /** The agent whose state the session keeps as its own, if any. */
    Optional<AgentProfile> state();

    /**
     * An agent cco knows by name, in an autonomy mode, started through {@code launcher} (its
     * program, or the command line the user runs it through, as with --claude-command).
     */
    record Known(AgentProfile profile, AutonomyMode mode, List<String> launcher) implements Agent {
        public Known {
            launcher = List.copyOf(launcher);
            if (launcher.isEmpty() || launcher.getFirst().isEmpty()) {
                throw new IllegalArgumentException("launcher must name a program");
            }
        }

        public Known(AgentProfile profile, AutonomyMode mode) {
            this(profile, mode, List.of(profile.program()));
        }

        @Override
        public String program() {
            return launcher.getFirst();
        }

        @Override
        public Optional<AgentProfile> state() {
            return Optional.of(profile);
        }

        public Known inMode(AutonomyMode other) {
            return new Known(profile, other, launcher);
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
        public Optional<AgentProfile> state() {
            return Optional.empty();
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
        public Optional<AgentProfile> state() {
            return Optional.of(KnownAgents.CLAUDE);
        }
    }
}
