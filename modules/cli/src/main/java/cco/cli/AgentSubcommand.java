package cco.cli;

import cco.domain.session.Agent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/**
 * {@code cco codex ...} and {@code cco shell ...}: every following word, --help included,
 * belongs to the program; cco's options go before the subcommand.
 */
abstract class AgentSubcommand implements Callable<Integer> {
    private final CcoCommand parent;

    @Parameters(paramLabel = "ARGS", description = "Passed to the program unchanged, in order.")
    List<String> arguments = new ArrayList<>();

    AgentSubcommand(CcoCommand parent) {
        this.parent = parent;
    }

    abstract Agent agent();

    @Override
    public Integer call() {
        return parent.startSession(agent(), arguments);
    }
}
