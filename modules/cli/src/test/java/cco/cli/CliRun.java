package cco.cli;

import cco.domain.session.Platform;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Runs cco's command line in-process against a given host context and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Platform platform, Map<String, String> environment, Path home, Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HostContext host = new HostContext(environment, home, workingDirectory, platform, "amd64", Optional.empty(), Optional.empty(), Optional.empty(),
                new PrintWriter(out, true), new PrintWriter(err, true));
        int exitCode = CcoCommandLine.create(new CompositionRoot(host)).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    String line(String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in:\n" + out));
    }
}
