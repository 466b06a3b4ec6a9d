package cco.cli;

import cco.domain.session.Agent;
import picocli.CommandLine.Command;

@Command(name = "shell", description = "An interactive shell in the sandbox, or run COMMAND there.")
final class ShellCommand extends AgentSubcommand {

    ShellCommand(CcoCommand parent) {
        super(parent);
    }

    @Override
    Agent agent() {
        return new Agent.Shell();
    }
}
