package cco.cli;

import cco.domain.credentials.CredentialBackup;
import cco.domain.credentials.CredentialRestore;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.CredentialBackups;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** cco backup-creds [--list] and cco restore-creds [FILE] [--yes]. */
final class CredentialCommands {
    private final CompositionRoot root;
    private final Clock clock = Clock.systemUTC();

    CredentialCommands(CompositionRoot root) {
        this.root = root;
    }

    int backUp(boolean list) {
        PrintWriter out = root.host().out();
        CredentialBackups backups = root.credentialBackups(clock);
        if (list) {
            List<CredentialBackups.Backup> all = backups.list();
            if (all.isEmpty()) {
                out.println("cco: no credential backups in " + DisplayText.of(backups.directory()));
            }
            all.forEach(backup -> out.println(DisplayText.of(backup.file()) + "  " + backup.owner().displayName() + ", "
                    + DisplayText.of(backup.facts().describe(clock.instant()))));
            return ExitCodes.OK;
        }
        CredentialBackup.Outcome outcome = new CredentialBackup(root.credentialStore(), backups, clock).backUpAll();
        outcome.done().forEach(line -> out.println("cco: " + DisplayText.of(line)));
        outcome.failed().forEach(line -> root.host().err().println("cco: error: " + DisplayText.of(line)));
        return outcome.failed().isEmpty() ? ExitCodes.OK : ExitCodes.CREDENTIALS;
    }

    int restore(Optional<String> file, boolean yes) {
        Optional<Path> source = file.map(path -> root.pathResolver().existing(path, "restore-creds FILE"));
        CredentialRestore restore = new CredentialRestore(root.credentialStore(), root.credentialBackups(clock), clock);
        String done = restore.restore(source, question -> yes || askOnTheTerminal(question));
        root.host().out().println("cco: " + DisplayText.of(done));
        return ExitCodes.OK;
    }

    /** Only a person at a terminal can say yes: without one, --yes is needed. */
    private boolean askOnTheTerminal(String question) {
        if (System.console() == null || !System.console().isTerminal()) {
            throw CcoException.usage("restore-creds: not on a terminal, so nobody can confirm; pass --yes to restore without asking");
        }
        PrintWriter err = root.host().err();
        err.print("cco: " + DisplayText.of(question) + " [y/N] ");
        err.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
            return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new CcoException(FailureKind.DECLINED, "restore-creds: no answer (" + e.getMessage() + "); nothing restored");
        }
    }
}
