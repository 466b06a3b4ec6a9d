package cco.cli;

import cco.domain.session.Agent;
import picocli.CommandLine.Command;

@Command(name = "codex", description = "Run OpenAI Codex CLI in the sandbox; the arguments go to codex.")
final class CodexCommand extends AgentSubcommand {

    CodexCommand(CcoCommand parent) {
        super(parent);
    }

    @Override
    Agent agent() {
        return new Agent.Codex();
    }
}
