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

    /** This process's host; $HOME wins over the JDK's idea of home, as it does for the agents. */
    static HostContext ofThisProcess(PrintWriter out, PrintWriter err) {
        Map<String, String> environment = System.getenv();
        String homeVariable = environment.getOrDefault("HOME", "");
        Path home = Path.of(homeVariable.startsWith("/") ? homeVariable : System.getProperty("user.home"));
        return new HostContext(environment, home, Path.of("").toAbsolutePath(),
                Platform.fromOsName(System.getProperty("os.name")), out, err);
    }
}
