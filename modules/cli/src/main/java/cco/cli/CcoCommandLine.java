package cco.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Assembles picocli's command line for cco around an object graph. */
final class CcoCommandLine {
    private CcoCommandLine() {
    }

    static CommandLine create(CompositionRoot root) {
        CommandLine commandLine = new CommandLine(CommandTree.root());
        commandLine.setStopAtPositional(true);
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        // A prompt such as "@notes.md" is the agent's business, not an argument file of cco's.
        commandLine.setExpandAtFiles(false);
        // "--backend auto": an option's value, even where it is also a subcommand's name (cco auto).
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        commandLine.setOut(root.host().out());
        commandLine.setErr(root.host().err());
        commandLine.setColorScheme(Help.defaultColorScheme(root.host().environment().containsKey("NO_COLOR") ? Help.Ansi.OFF : Help.Ansi.AUTO));
        commandLine.setParameterExceptionHandler(new FailureReporter());
        commandLine.setExecutionStrategy(new CommandDispatcher(root));
        return commandLine;
    }
}
