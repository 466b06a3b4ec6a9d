package cco.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Assembles picocli's command tree for cco around an object graph. */
final class CcoCommandLine {
    private CcoCommandLine() {
    }

    static CommandLine create(CompositionRoot root) {
        InfoReport infoReport = new InfoReport(root);
        CcoCommand cco = new CcoCommand(new SessionStarter(root), infoReport);
        FailureReporter failures = new FailureReporter(cco);
        CommandLine commandLine = new CommandLine(cco)
                .addSubcommand(new CodexCommand(cco))
                .addSubcommand(new ShellCommand(cco))
                .addSubcommand(new InfoCommand(infoReport))
                .addSubcommand("cleanup", NotYetBuiltCommand.spec("cleanup", "Remove the containers and state cco created, and only those.", null))
                .addSubcommand("self-update", NotYetBuiltCommand.spec("self-update", "Update the installed bundle in place, keeping the previous version.", null))
                .addSubcommand("backup-creds", NotYetBuiltCommand.spec("backup-creds", "Copy the agents' credentials to a timestamped 0600 backup.", null))
                .addSubcommand("restore-creds", NotYetBuiltCommand.spec("restore-creds", "Restore credentials from FILE, or the newest backup.", "FILE"))
                .addSubcommand(new CompletionCommand());
        commandLine.getCommandSpec().usageMessage().exitCodeList(exitCodeList());
        commandLine.setStopAtPositional(true);
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        // A prompt such as "@notes.md" is the agent's business, not an argument file of cco's.
        commandLine.setExpandAtFiles(false);
        commandLine.setOut(root.host().out());
        commandLine.setErr(root.host().err());
        commandLine.setColorScheme(Help.defaultColorScheme(root.host().environment().containsKey("NO_COLOR") ? Help.Ansi.OFF : Help.Ansi.AUTO));
        commandLine.setParameterExceptionHandler(failures);
        commandLine.setExecutionExceptionHandler(failures);
        return commandLine;
    }

    private static Map<String, String> exitCodeList() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String entry : ExitCodes.HELP_LIST) {
            int colon = entry.indexOf(':');
            codes.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        return codes;
    }
}
