package cco.domain.launch;

import cco.domain.credentials.CredentialOwner;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A host file the session works on as a private copy: {@code copy} lies in a directory of the
 * session's own that is mounted, writable, at {@code home} (the agent's home, where the agent
 * finds the file, locks it and replaces it by rename as it does bare). After the session, Claude
 * Code's state ({@code credentials} empty) has its safe changes merged back into {@code hostFile};
 * an agent's credentials (--allow-oauth-refresh) are written back when the agent refreshed them
 * (WriteBack), compared with the copy as it was at the start, kept in {@link #atStart()}.
 */
public record PrivateCopy(Path hostFile, Path copy, Path sessionDirectory, Path home, Optional<CredentialOwner> credentials) {
    /** Where, in the session directory, Claude Code's state is kept as the session got it. */
    public static final String AGENT_STATE_AT_START = "original.json";

    public static PrivateCopy agentState(Path hostFile, Path copy, Path sessionDirectory, Path home) {
        return new PrivateCopy(hostFile, copy, sessionDirectory, home, Optional.empty());
    }

    public static PrivateCopy credentials(CredentialOwner owner, Path hostFile, Path copy, Path sessionDirectory, Path home) {
        return new PrivateCopy(hostFile, copy, sessionDirectory, home, Optional.of(owner));
    }

    /** The directory mounted at {@code home}. */
    public Path homeSource() {
        return copy.getParent();
    }

    /** The file as the session got it, outside anything the session can reach: what the copy is compared with. */
    public Path atStart() {
        return credentials.isPresent() ? sessionDirectory.resolve("credentials-at-start").resolve(copy.getFileName())
                : sessionDirectory.resolve(AGENT_STATE_AT_START);
    }
}
