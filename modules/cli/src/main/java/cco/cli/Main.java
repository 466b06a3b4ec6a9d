package cco.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** cco's entry point: reads the host context, builds the object graph, runs, exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        int exitCode = run(args, HostContext.ofThisProcess(out, err));
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    static int run(String[] args, HostContext host) {
        return CcoCommandLine.create(new CompositionRoot(host)).execute(args);
    }
}
