package cco.cli;

import cco.domain.failure.CcoException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes: one line on stderr, a stack trace only with
 * --debug.
 */
final class FailureReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
    private final CcoCommand root;

    FailureReporter(CcoCommand root) {
        this.root = root;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String message = e.getCause() instanceof CcoException cause ? cause.getMessage() : e.getMessage();
        err.println("cco: " + DisplayText.of(message) + " (see cco --help)");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int exitCode;
        if (e instanceof CcoException failure) {
            err.println("cco: " + DisplayText.of(failure.getMessage()));
            exitCode = ExitCodes.of(failure.kind());
        } else {
            err.println("cco: internal error: " + DisplayText.of(String.valueOf(e)) + (root.debug() ? "" : " (run with --debug for details)"));
            exitCode = ExitCodes.INTERNAL;
        }
        if (root.debug()) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }
}
