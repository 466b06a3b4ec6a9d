package cco.adapter.credentialfiles;

import cco.domain.credentials.CredentialDocument;
import cco.domain.credentials.CredentialFacts;
import cco.domain.credentials.CredentialOwner;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.CredentialStore;
import cco.safefiles.SafeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agents' credential files on Linux. A file is read as the user keeps it (a link the user made
 * is followed), but replaced only where it is a regular file: cco never writes through a link.
 * Read-then-replace sequences take an exclusive lock on a file in cco's state directory that every
 * cco process shares.
 */
public final class CredentialFiles implements CredentialStore {
    static final int LIMIT = 1 << 20;
    private static final int CONFIGURATION_LIMIT = 64 * LIMIT;
    private static final String CLAUDE_CONFIGURATION = ".claude.json";

    private final Map<CredentialOwner, Path> files;
    private final Path claudeConfiguration;
    private final Path lockFile;

    /**
     * @param files where each agent keeps its credentials
     * @param claudeConfiguration Claude Code's configuration file on the host, which names its account
     * @param lockFile the lock every cco process takes
     */
    public CredentialFiles(Map<CredentialOwner, Path> files, Path claudeConfiguration, Path lockFile) {
        this.files = Map.copyOf(files);
        this.claudeConfiguration = claudeConfiguration;
        this.lockFile = lockFile;
    }

    @Override
    public Path location(CredentialOwner owner) {
        return files.get(owner);
    }

    @Override
    public Optional<byte[]> stored(CredentialOwner owner) {
        Path file = location(owner);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            if (Files.size(file) > LIMIT) {
                throw new CcoException(FailureKind.CREDENTIALS, file + " is larger than credentials are (" + LIMIT + " bytes at most)");
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, "cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public Optional<CredentialDocument> current(CredentialOwner owner) {
        return stored(owner).map(content -> document(owner, content, location(owner).toString(), () -> Files.readAllBytes(claudeConfiguration)));
    }

    @Override
    public Optional<CredentialDocument> sessionCopy(CredentialOwner owner, Path copy) {
        if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            byte[] content = SafeFiles.readRegularFile(copy, LIMIT);
            return Optional.of(document(owner, content, "the session's copy of the " + owner.displayName() + " credentials",
                    () -> SafeFiles.readRegularFile(copy.resolveSibling(CLAUDE_CONFIGURATION), CONFIGURATION_LIMIT)));
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, "cannot read the session's copy of the " + owner.displayName() + " credentials: "
                    + e.getMessage());
        }
    }

    @Override
    public Optional<CredentialDocument> copyForSession(CredentialOwner owner, Path copy, Path atStart) {
        Optional<CredentialDocument> current = current(owner);
        if (current.isPresent()) {
            try {
                for (Path target : List.of(atStart, copy)) {
                    Files.createDirectories(target.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                    SafeFiles.create(target, current.get().content());
                }
            } catch (IOException e) {
                throw new CcoException(FailureKind.CREDENTIALS, "cannot copy " + location(owner) + " for the session: " + e.getMessage());
            }
        }
        return current;
    }

    @Override
    public CredentialDocument validate(CredentialOwner owner, byte[] content, String origin) {
        return new CredentialDocument(owner, content, CredentialParser.facts(owner, content, origin));
    }

    /** Called under the lock: temporary files beside the target are those of a replacement killed midway, and go. */
    @Override
    public void replace(CredentialOwner owner, byte[] content) {
        Path file = location(owner);
        try {
            Path directory = file.getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            SafeFiles.removeLeftovers(file);
            SafeFiles.replace(file, content, SafeFiles.OWNER_ONLY);
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, "cannot write " + file + ": " + e.getMessage() + "; the credentials there are unchanged");
        }
    }

    @Override
    public Lock lock() {
        try {
            Files.createDirectories(lockFile.getParent());
            return SafeFiles.lockExclusively(lockFile)::close;
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, "cannot lock " + lockFile + ": " + e.getMessage());
        }
    }

    /** Claude Code's account comes from its configuration file beside the credentials (the host's, or the session's copy). */
    private static CredentialDocument document(CredentialOwner owner, byte[] content, String origin, Configuration claudeConfiguration) {
        CredentialFacts facts = CredentialParser.facts(owner, content, origin);
        if (owner == CredentialOwner.CLAUDE_CODE && facts.account().isEmpty()) {
            facts = new CredentialFacts(claudeAccount(claudeConfiguration), facts.expiresAt(), facts.refreshedAt());
        }
        return new CredentialDocument(owner, content, facts);
    }

    private static Optional<String> claudeAccount(Configuration configuration) {
        try {
            return CredentialParser.claudeAccount(configuration.read());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private interface Configuration {
        byte[] read() throws IOException;
    }
}
