package cco.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "What cco sees: platform, usable backends and why not, credentials found (never their values).")
final class InfoCommand implements Callable<Integer> {
    private final InfoReport report;

    InfoCommand(InfoReport report) {
        this.report = report;
    }

    @Override
    public Integer call() {
        return report.print();
    }
}
