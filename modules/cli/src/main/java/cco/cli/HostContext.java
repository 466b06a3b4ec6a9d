package cco.cli;

import cco.domain.session.Platform;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** What cco learns about the host at start: environment, home, working directory, streams. */
record HostContext(
        Map<String, String> environment,
        Path home,
        Path workingDirectory,
        Platform platform,
        PrintWriter out,
        PrintWriter err) {

    HostContext {
        environment = Map.copyOf(environment);
    }
}
