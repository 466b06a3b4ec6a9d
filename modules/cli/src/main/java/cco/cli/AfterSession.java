package cco.cli;

import cco.domain.failure.CcoException;
import cco.domain.port.Quarantine;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by the launcher after a native session, for what needs more than bash. It never changes the
 * session's exit status. Usage:
 * <ul>
 * <li>{@code merge-back HOST-FILE SESSION-DIRECTORY}: the session's private copy of an agent state
 *     file changed; merges the safe changes back and names the refused ones. A session whose
 *     changes were all applied leaves nothing behind; one with refused changes keeps its copy.</li>
 * <li>{@code audit SESSION-START}, with NUL-separated entries on standard input:
 *     {@code created:PATH} for a protected path the session created, which goes into quarantine,
 *     and {@code changed:PATH} for what the launcher found changed since the session started
 *     (git configs, HEADs, hooks): the git repositories among them are neutralised. It says what
 *     went into quarantine and where.</li>
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
        } else if (args.length == 2 && args[0].equals("audit")) {
            List<String> entries = List.of(new String(System.in.readAllBytes(), StandardCharsets.UTF_8).split("\0"));
            audit(root, paths(entries, "created:"), paths(entries, "changed:"), Path.of(args[1]), err);
        } else {
            err.println("cco: internal error: after-session needs merge-back HOST-FILE SESSION-DIRECTORY or audit SESSION-START");
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
                        + "(the session's copy is kept in " + DisplayText.of(session) + ")");
            }
        } catch (CcoException e) {
            err.println("cco: " + DisplayText.of(e.getMessage()));
        } catch (IOException e) {
            err.println("cco: cannot remove " + DisplayText.of(session) + ": " + DisplayText.of(e.getMessage()));
        }
    }

    private static List<Path> paths(List<String> entries, String kind) {
        return entries.stream()
                .filter(entry -> entry.startsWith(kind + "/"))
                .map(entry -> Path.of(entry.substring(kind.length())))
                .toList();
    }

    private static void audit(CompositionRoot root, List<Path> created, List<Path> changed, Path sessionStart, PrintWriter err) {
        Quarantine quarantine = root.quarantine();
        List<String> report = new ArrayList<>();
        for (Path path : created) {
            try {
                report.add(path + " (created in the session) moved to " + quarantine.take(path));
            } catch (IOException e) {
                report.add(path + " (created in the session) could NOT be moved: " + e.getMessage() + "; check it before any host program reads it");
            }
        }
        report.addAll(root.repositoryAudit(quarantine).neutralise(changed, sessionStart));
        if (!report.isEmpty()) {
            err.println("cco: the session left files or git settings that would run code on the host;"
                    + " they were moved into cco's quarantine (move one back to use it):");
            report.forEach(line -> err.println("cco:   " + DisplayText.of(line)));
        }
    }
}
