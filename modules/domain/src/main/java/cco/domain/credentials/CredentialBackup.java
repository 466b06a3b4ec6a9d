package cco.domain.credentials;

import cco.domain.failure.CcoException;
import cco.domain.port.CredentialBackups;
import cco.domain.port.CredentialStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** cco backup-creds: a timestamped copy of each agent's credentials found. */
public final class CredentialBackup {
    private final CredentialStore store;
    private final CredentialBackups backups;
    private final Clock clock;

    /** What was saved (or found missing), and the agents whose credentials could not be saved, with why. */
    public record Outcome(List<String> done, List<String> failed) {
    }

    public CredentialBackup(CredentialStore store, CredentialBackups backups, Clock clock) {
        this.store = store;
        this.backups = backups;
        this.clock = clock;
    }

    /** Every agent in turn, under the credentials lock: one that fails (unreadable, not valid) does not keep the others from being saved. */
    public Outcome backUpAll() {
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (CredentialStore.Lock lock = store.lock()) {
            backUpEach(done, failed);
        } catch (CcoException e) {
            failed.add(e.getMessage());
        }
        return new Outcome(done, failed);
    }

    private void backUpEach(List<String> done, List<String> failed) {
        for (CredentialOwner owner : CredentialOwner.values()) {
            try {
                Optional<CredentialDocument> current = store.current(owner);
                if (current.isEmpty()) {
                    done.add("no " + owner.displayName() + " credentials at " + store.location(owner));
                    continue;
                }
                CredentialDocument document = current.get();
                Path saved = backups.save(owner, document.content(), document.facts().account());
                done.add("backed up the " + owner.displayName() + " credentials (" + document.facts().describe(clock.instant()) + ") to " + saved);
            } catch (CcoException e) {
                failed.add(e.getMessage());
            }
        }
    }
}
