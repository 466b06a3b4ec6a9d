package cco.domain.credentials;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.CredentialBackups;
import cco.domain.port.CredentialStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * cco restore-creds [FILE]: the newest backup by default. The file is validated as an agent's
 * credentials first; the user confirms; then, under the credentials lock, the current
 * credentials (valid or not) are backed up and replaced atomically.
 */
public final class CredentialRestore {
    private final CredentialStore store;
    private final CredentialBackups backups;
    private final Clock clock;

    public CredentialRestore(CredentialStore store, CredentialBackups backups, Clock clock) {
        this.store = store;
        this.backups = backups;
        this.clock = clock;
    }

    /**
     * @param file a backup or any file of an agent's credentials; empty for the newest backup
     * @param confirmed asked the question; false when the user declines
     * @return what was done, for the user
     */
    public String restore(Optional<Path> file, Predicate<String> confirmed) {
        Path source = file.orElseGet(() -> backups.list().stream().findFirst().map(CredentialBackups.Backup::file)
                .orElseThrow(() -> new CcoException(FailureKind.CREDENTIALS, "restore-creds: no backups in " + backups.directory()
                        + " (cco backup-creds makes one)")));
        byte[] content = backups.read(source);
        CredentialDocument restored = identify(content, source);
        CredentialOwner owner = restored.owner();
        Path destination = store.location(owner);
        String question = "Replace the " + owner.displayName() + " credentials at " + destination + " with " + source + " ("
                + restored.facts().describe(clock.instant()) + ")? The current ones are backed up first.";
        if (!confirmed.test(question)) {
            throw new CcoException(FailureKind.DECLINED, "restore-creds: nothing restored");
        }
        try (CredentialStore.Lock lock = store.lock()) {
            Optional<byte[]> current = store.stored(owner);
            Optional<Path> backup = current.map(bytes -> backups.save(owner, bytes, currentAccount(owner)));
            store.replace(owner, restored.content());
            return "restored the " + owner.displayName() + " credentials at " + destination + " from " + source
                    + backup.map(saved -> "; the previous ones are in " + saved).orElse("");
        }
    }

    /** The agent whose credentials the file holds: the first whose shape it has. */
    private CredentialDocument identify(byte[] content, Path source) {
        CcoException refusal = null;
        for (CredentialOwner owner : CredentialOwner.values()) {
            try {
                return store.validate(owner, content, source.toString());
            } catch (CcoException e) {
                refusal = refusal == null ? e : refusal;
            }
        }
        throw new CcoException(FailureKind.CREDENTIALS, "restore-creds: " + source + " holds no agent's credentials ("
                + refusal.getMessage() + "); nothing restored");
    }

    /** The account of the credentials being replaced, for the backup's listing; none when they are not valid. */
    private Optional<String> currentAccount(CredentialOwner owner) {
        try {
            return store.current(owner).flatMap(document -> document.facts().account());
        } catch (CcoException invalid) {
            return Optional.empty();
        }
    }
}
