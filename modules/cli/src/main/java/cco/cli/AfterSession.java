package cco.cli;

import cco.domain.lifecycle.SessionLifecycle;
import cco.domain.lifecycle.SessionRecord;
import cco.domain.port.SessionRegistry;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Run by the launcher after a native session that left something to deal with (usage:
 * {@code finish SESSION-DIRECTORY}): under the lock of all sessions, {@link SessionLifecycle}
 * quarantines what it created among protected paths, neutralises repositories it created or
 * changed, merges its private copies back and removes its stand-ins; what it did is said on
 * stderr. It never changes the session's exit status.
 */
public final class AfterSession {
    private AfterSession() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        if (args.length != 2 || !args[0].equals("finish")) {
            err.println("cco: internal error: after-session needs finish SESSION-DIRECTORY");
            return;
        }
        CompositionRoot root = new CompositionRoot(HostContext.ofThisProcess(err, err));
        SessionRegistry registry = root.sessionRegistry();
        try (SessionRegistry.Lock lock = registry.lock()) {
            Path directory = Path.of(args[1]);
            Optional<SessionRecord> record = registry.all().stream().filter(candidate -> candidate.directory().equals(directory)).findFirst();
            if (record.isEmpty()) {
                err.println("cco: internal error: no session recorded in " + DisplayText.of(directory));
                return;
            }
            report(root.sessionLifecycle(registry).finish(record.get()), err);
        }
    }

    static void report(List<String> lines, PrintWriter err) {
        if (!lines.isEmpty()) {
            err.println("cco: after the session (what would run code or widen trust on the host was not applied, or was moved into"
                    + " cco's quarantine: move one back to use it):");
            lines.forEach(line -> err.println("cco:   " + DisplayText.of(line)));
        }
    }
}
