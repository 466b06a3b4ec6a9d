package cco.domain.port;

import cco.domain.credentials.CredentialFacts;
import cco.domain.credentials.CredentialOwner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Timestamped copies of credentials, owner-only, in a directory only the user can enter. */
public interface CredentialBackups {

    /** Where the backups are kept. */
    Path directory();

    /**
     * Makes the directory when it is missing, before a session starts: a backup written while the
     * session runs (backup-creds, another session's write-back) lands where the session's rule
     * hides it, which it can only do for a path that exists. Where it cannot be made, nothing of
     * cco's is written there either: nothing to report.
     */
    void prepare();

    /**
     * Saves a copy of an agent's credentials as stored (valid or not) and returns where it went.
     * Called under the credentials lock (CredentialStore.lock).
     */
    Path save(CredentialOwner owner, byte[] content, Optional<String> account);

    /** Every backup, newest first, with what can be said of it. */
    List<Backup> list();

    /** A backup's content, to be validated before use. */
    byte[] read(Path backup);

    record Backup(Path file, CredentialOwner owner, Instant taken, CredentialFacts facts) {
    }
}
