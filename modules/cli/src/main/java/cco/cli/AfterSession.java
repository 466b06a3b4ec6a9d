package cco.cli;

import cco.domain.failure.CcoException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Run by the launcher after a native session, for what needs more than bash. It never changes the
 * session's exit status. Usage:
 * <ul>
 * <li>{@code merge-back HOST-FILE SESSION-DIRECTORY}: the session's private copy of an agent state
 *     file changed; merges the safe changes back and names the refused ones. A session whose
 *     changes were all applied leaves nothing behind; one with refused changes keeps its copy.</li>
 * <li>{@code audit-repositories SESSION-START}, with the paths the launcher found changed since the
 *     session started on standard input (NUL-separated): neutralises the git repositories the
 *     session created or changed and says what went into quarantine.</li>
 * </ul>
 */
public final class AfterSession {
    private AfterSession() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        CompositionRoot root = new CompositionRoot(HostContext.ofThisProcess(err, err));
        if (args.length == 3 && args[0].equals("merge-back")) {
            mergeBack(root, Path.of(args[1]), Path.of(args[2]), err);
        } else if (args.length == 2 && args[0].equals("audit-repositories")) {
            List<Path> candidates = Arrays.stream(new String(System.in.readAllBytes(), StandardCharsets.UTF_8).split("\0"))
                    .filter(path -> path.startsWith("/"))
                    .map(Path::of)
                    .toList();
            auditRepositories(root, candidates, Path.of(args[1]), err);
        } else {
            err.println("cco: internal error: after-session needs merge-back HOST-FILE SESSION-DIRECTORY or audit-repositories SESSION-START");
        }
    }

    private static void mergeBack(CompositionRoot root, Path hostFile, Path session, PrintWriter err) {
        try {
            List<String> refused = root.agentStateVault().mergeBack(session, hostFile);
            if (refused.isEmpty()) {
                DirectoryTree.delete(session);
            } else {
                err.println("cco: the session changed " + DisplayText.of(String.join(", ", refused)) + " in " + DisplayText.of(hostFile)
                        + "; not applied, since it would run code, widen trust or touch another project outside the sandbox "
                        + "(the session's copy: " + DisplayText.of(session.resolve("session.json")) + ")");
            }
        } catch (CcoException e) {
            err.println("cco: " + DisplayText.of(e.getMessage()));
        } catch (IOException e) {
            err.println("cco: cannot remove " + DisplayText.of(session) + ": " + DisplayText.of(e.getMessage()));
        }
    }

    private static void auditRepositories(CompositionRoot root, List<Path> candidates, Path sessionStart, PrintWriter err) {
        List<String> report = root.repositoryAudit().neutralise(candidates, sessionStart);
        if (!report.isEmpty()) {
            err.println("cco: the session left git settings or hooks that would run code when you use git on the host;"
                    + " they were moved into cco's quarantine:");
            report.forEach(line -> err.println("cco:   " + DisplayText.of(line)));
        }
    }
}
