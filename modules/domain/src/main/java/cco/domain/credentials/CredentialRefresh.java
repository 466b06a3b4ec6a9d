package cco.domain.credentials;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.PrivateCopy;
import cco.domain.agent.AgentProfile;
import cco.domain.port.CredentialBackups;
import cco.domain.port.CredentialStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * --allow-oauth-refresh: the session's agent works on a private copy of its credentials, in its
 * home for the session, so that a token it refreshes is not lost when the session ends; then,
 * under the credentials lock, the copy is written back as {@link WriteBack} decides. What is not
 * written back but could be wanted (refreshed while the host's changed too, another account) is
 * kept as a backup, never dropped.
 */
public final class CredentialRefresh {
    private final CredentialStore store;
    private final CredentialBackups backups;
    private final Clock clock;

    public CredentialRefresh(CredentialStore store, CredentialBackups backups, Clock clock) {
        this.store = store;
        this.backups = backups;
        this.clock = clock;
    }

    /** Whose credentials a session keeping this agent's state uses. */
    public static Optional<CredentialOwner> ownerFor(Optional<AgentProfile> state) {
        return state.flatMap(CredentialOwner::of);
    }

    /** The private copy, in {@code homeSource} (mounted at {@code home}); empty when the host has no credentials to copy. */
    public Optional<PrivateCopy> copyIn(CredentialOwner owner, Path sessionDirectory, Path homeSource, Path home) {
        Path hostFile = store.location(owner);
        PrivateCopy copy = PrivateCopy.credentials(owner, hostFile, homeSource.resolve(hostFile.getFileName()), sessionDirectory, home);
        return store.copyForSession(owner, copy.copy(), copy.atStart()).map(copied -> copy);
    }

    /** What was done with the session's copy, for the user; nothing when the agent did not change it. */
    public List<String> writeBack(PrivateCopy copy) {
        CredentialOwner owner = copy.credentials().orElseThrow(() -> new IllegalArgumentException(copy + " is not a copy of credentials"));
        String what = "the session's " + owner.displayName() + " credentials";
        try (CredentialStore.Lock lock = store.lock()) {
            CredentialDocument atStart = store.sessionCopy(owner, copy.atStart())
                    .orElseThrow(() -> new CcoException(FailureKind.CREDENTIALS, "the record of the credentials the session started with is gone"));
            Optional<CredentialDocument> session = store.sessionCopy(owner, copy.copy());
            Optional<CredentialDocument> hostNow;
            try {
                hostNow = store.current(owner);
            } catch (CcoException unusable) {
                return List.of(what + " were not written back: " + unusable.getMessage()
                        + session.filter(document -> !document.sameContent(atStart)).map(document -> "; they are in " + keep(document)).orElse(""));
            }
            return List.of(switch (WriteBack.decide(atStart, hostNow, session)) {
                case WriteBack.Unchanged unchanged -> "";
                case WriteBack.Replace replace -> replace(owner, replace.refreshed());
                case WriteBack.Refused refused -> what + " were not written back: " + refused.reason()
                        + session.filter(document -> !document.sameContent(atStart)).map(document -> "; kept in " + keep(document)).orElse("");
                case WriteBack.KeepBoth both -> what + " were not written back: " + both.reason() + "; the host's stay as they are, the session's are in "
                        + keep(both.refreshed()) + " (cco restore-creds FILE takes them)";
            }).stream().filter(line -> !line.isEmpty()).toList();
        } catch (CcoException e) {
            return List.of(what + " were not written back: " + e.getMessage());
        }
    }

    private String replace(CredentialOwner owner, CredentialDocument refreshed) {
        Optional<Path> previous = store.stored(owner).map(content -> backups.save(owner, content, refreshed.facts().account()));
        store.replace(owner, refreshed.content());
        return "the " + owner.displayName() + " token the agent refreshed (" + refreshed.facts().describe(clock.instant()) + ") is now in "
                + store.location(owner) + previous.map(backup -> "; the previous credentials are in " + backup).orElse("");
    }

    private Path keep(CredentialDocument document) {
        return backups.save(document.owner(), document.content(), document.facts().account());
    }
}
