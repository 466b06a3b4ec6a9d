package cco.cli;

import cco.domain.failure.CcoException;
import java.io.PrintWriter;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * The one place where failures become exit codes: one line on stderr, a stack trace only with
 * --debug.
 */
final class FailureReporter implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("cco: " + DisplayText.of(e.getMessage()) + " (see cco --help)");
        err.flush();
        return ExitCodes.USAGE;
    }

    static int report(RuntimeException e, boolean debug, PrintWriter err) {
        int exitCode;
        if (e instanceof CcoException failure) {
            err.println("cco: " + DisplayText.of(failure.getMessage()));
            exitCode = ExitCodes.of(failure.kind());
        } else {
            err.println("cco: internal error: " + DisplayText.of(String.valueOf(e)) + (debug ? "" : " (run with --debug for details)"));
            exitCode = ExitCodes.INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }
}
