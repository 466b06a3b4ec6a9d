package cco.cli;

import cco.domain.session.Platform;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

/** cco's entry point: reads the host context, builds the object graph, runs, exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        Map<String, String> environment = System.getenv();
        String homeVariable = environment.getOrDefault("HOME", "");
        Path home = Path.of(homeVariable.startsWith("/") ? homeVariable : System.getProperty("user.home"));
        HostContext host = new HostContext(environment, home, Path.of("").toAbsolutePath(),
                Platform.fromOsName(System.getProperty("os.name")), out, err);
        int exitCode = CcoCommandLine.create(new CompositionRoot(host)).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
