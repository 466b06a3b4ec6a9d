package cco.cli;

import cco.domain.session.Platform;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What cco learns about the host at start: environment, home, working directory, platform,
 * streams, and what its launcher tells it: where cco is installed, where the hand-over of a
 * native session goes, and the launcher's own pid (a session's owner).
 */
record HostContext(
        Map<String, String> environment,
        Path home,
        Path workingDirectory,
        Platform platform,
        String osArch,
        Optional<Path> installation,
        Optional<Path> handOverChannel,
        Optional<Long> launcherPid,
        PrintWriter out,
        PrintWriter err) {

    static final String INSTALLATION_PROPERTY = "cco.installation";
    static final String HAND_OVER_PROPERTY = "cco.handover";
    static final String LAUNCHER_PROPERTY = "cco.launcher";

    HostContext {
        environment = Map.copyOf(environment);
    }

    /** This process's host; $HOME wins over the JDK's idea of home, as it does for the agents. */
    static HostContext ofThisProcess(PrintWriter out, PrintWriter err) {
        Map<String, String> environment = System.getenv();
        String homeVariable = environment.getOrDefault("HOME", "");
        Path home = Path.of(homeVariable.startsWith("/") ? homeVariable : System.getProperty("user.home"));
        return new HostContext(environment, home, Path.of("").toAbsolutePath(),
                Platform.fromOsName(System.getProperty("os.name")), System.getProperty("os.arch"),
                pathProperty(INSTALLATION_PROPERTY), pathProperty(HAND_OVER_PROPERTY), launcherProperty(), out, err);
    }

    private static Optional<Long> launcherProperty() {
        return Optional.ofNullable(System.getProperty(LAUNCHER_PROPERTY)).filter(value -> value.matches("[0-9]{1,9}")).map(Long::valueOf);
    }

    private static Optional<Path> pathProperty(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(value -> value.startsWith("/")).map(Path::of);
    }
}
