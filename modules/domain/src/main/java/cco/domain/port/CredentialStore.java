package cco.domain.port;

import cco.domain.credentials.CredentialDocument;
import cco.domain.credentials.CredentialOwner;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The host's store of the agents' credentials (credential files on Linux; the Keychain on macOS
 * later). Every failure is a CcoException of kind CREDENTIALS whose message names the file and
 * the problem, never a credential's value.
 */
public interface CredentialStore {

    /** Where the agent's credentials live, for messages. */
    Path location(CredentialOwner owner);

    /** The agent's credential file as stored now, valid or not; empty when there is none. */
    Optional<byte[]> stored(CredentialOwner owner);

    /** The agent's credentials as stored now, validated; empty when there are none. */
    Optional<CredentialDocument> current(CredentialOwner owner);

    /**
     * A copy a session worked on, which the sandbox could have replaced by anything: read only as
     * the regular file it should be, never through a link, then validated; empty when it is gone.
     */
    Optional<CredentialDocument> sessionCopy(CredentialOwner owner, Path copy);

    /**
     * Copies the agent's current credentials, validated, for a session: to {@code copy} and to
     * {@code atStart}, owner-only, creating their directories; empty (and nothing written) when the
     * host has none.
     */
    Optional<CredentialDocument> copyForSession(CredentialOwner owner, Path copy, Path atStart);

    /** Validates {@code content} as the agent's credentials ({@code origin} names it in a refusal). */
    CredentialDocument validate(CredentialOwner owner, byte[] content, String origin);

    /** Replaces the agent's credentials atomically, owner-only, never through a link at the destination. */
    void replace(CredentialOwner owner, byte[] content);

    /** The exclusive lock every cco process takes before it reads-then-replaces credentials. */
    Lock lock();

    interface Lock extends AutoCloseable {
        @Override
        void close();
    }
}
