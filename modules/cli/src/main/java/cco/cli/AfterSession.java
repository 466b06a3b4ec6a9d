package cco.cli;

import cco.domain.failure.CcoException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the launcher after a native session whose private copy of an agent state file changed:
 * merges the safe changes back and names the refused ones. Usage: HOST-FILE SESSION-DIRECTORY.
 * A session whose changes were all applied leaves nothing behind; one with refused changes keeps
 * its copy for the user to inspect. It never changes the session's exit status.
 */
public final class AfterSession {
    private AfterSession() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        if (args.length != 2) {
            err.println("cco: internal error: after-session needs HOST-FILE SESSION-DIRECTORY");
            return;
        }
        Path hostFile = Path.of(args[0]);
        Path session = Path.of(args[1]);
        CompositionRoot root = new CompositionRoot(HostContext.ofThisProcess(err, err));
        try {
            List<String> refused = root.agentStateVault().mergeBack(session, hostFile);
            if (refused.isEmpty()) {
                DirectoryTree.delete(session);
            } else {
                err.println("cco: the session changed " + DisplayText.of(String.join(", ", refused)) + " in " + DisplayText.of(hostFile)
                        + "; not applied, since it would run code or widen trust outside the sandbox (the session's copy: "
                        + DisplayText.of(session.resolve("session.json")) + ")");
            }
        } catch (CcoException e) {
            err.println("cco: " + DisplayText.of(e.getMessage()));
        } catch (IOException e) {
            err.println("cco: cannot remove " + DisplayText.of(session) + ": " + DisplayText.of(e.getMessage()));
        }
    }
}
