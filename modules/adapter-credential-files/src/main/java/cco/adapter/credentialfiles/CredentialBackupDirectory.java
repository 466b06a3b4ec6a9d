package cco.adapter.credentialfiles;

import cco.domain.credentials.CredentialFacts;
import cco.domain.credentials.CredentialOwner;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.CredentialBackups;
import cco.safefiles.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Credential backups in $XDG_DATA_HOME/cco/backups (default ~/.local/share/cco/backups): a
 * directory only the user may enter (0700, created so, refused otherwise), each backup an
 * owner-only file named after the agent and the moment, never overwriting another, with the
 * account it belonged to beside it ({@code NAME.account}), since Claude Code's credentials do not
 * name it.
 */
public final class CredentialBackupDirectory implements CredentialBackups {
    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(claude-code|codex)-(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(\\d+))?\\.json");
    private static final String ACCOUNT = ".account";

    private final Path directory;
    private final Clock clock;

    public CredentialBackupDirectory(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public void prepare() {
        try {
            usableDirectory();
        } catch (CcoException unusable) {
            // backup-creds and the write-back say so when they need it.
        }
    }

    /** Under the credentials lock, so temporary files here are those of a save killed midway, and go. */
    @Override
    public Path save(CredentialOwner owner, byte[] content, Optional<String> account) {
        Path usable = usableDirectory();
        try {
            SafeFiles.removeLeftoversIn(usable);
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, "cannot tidy " + usable + ": " + e.getMessage());
        }
        String stamp = STAMP.format(clock.instant());
        for (int attempt = 1; ; attempt++) {
            Path backup = usable.resolve(owner.label() + "-" + stamp + (attempt == 1 ? "" : "-" + attempt) + ".json");
            try {
                SafeFiles.create(backup, content);
                if (account.isPresent()) {
                    SafeFiles.create(backup.resolveSibling(backup.getFileName() + ACCOUNT), account.get().getBytes(StandardCharsets.UTF_8));
                }
                return backup;
            } catch (FileAlreadyExistsException taken) {
                // Another backup of the same millisecond: the next suffix.
            } catch (IOException e) {
                throw new CcoException(FailureKind.CREDENTIALS, "cannot save a backup in " + usable + ": " + e.getMessage());
            }
        }
    }

    @Override
    public List<Backup> list() {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Path usable = usableDirectory();
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(usable)) {
            for (Path file : files.toList()) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    CredentialOwner owner = CredentialOwner.ofLabel(name.group(1));
                    Instant taken = STAMP.parse(name.group(2), Instant::from);
                    backups.add(new Backup(file, owner, taken, facts(owner, file)));
                }
            }
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, "cannot list the backups in " + usable + ": " + e.getMessage());
        }
        backups.sort(Comparator.comparing(Backup::taken).thenComparing(backup -> attempt(backup.file())).reversed());
        return backups;
    }

    /** The n of a second backup of the same millisecond, NAME-n.json; 1 for the first. */
    private static int attempt(Path backup) {
        Matcher name = NAME.matcher(backup.getFileName().toString());
        return name.matches() && name.group(3) != null ? Integer.parseInt(name.group(3)) : 1;
    }

    @Override
    public byte[] read(Path backup) {
        try {
            if (Files.isSymbolicLink(backup) && backup.startsWith(directory)) {
                throw new IOException("it is a symbolic link");
            }
            return SafeFiles.readRegularFile(backup.toRealPath(), CredentialFiles.LIMIT);
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, "cannot read " + backup + ": " + e.getMessage());
        }
    }

    /** What the listing can say: the expiry from the file, the account from beside it (or from the file). */
    private CredentialFacts facts(CredentialOwner owner, Path file) {
        CredentialFacts facts;
        try {
            facts = CredentialParser.facts(owner, SafeFiles.readRegularFile(file, CredentialFiles.LIMIT), file.toString());
        } catch (IOException | CcoException unreadable) {
            facts = new CredentialFacts(Optional.empty(), Optional.empty(), Optional.empty());
        }
        Path account = file.resolveSibling(file.getFileName() + ACCOUNT);
        try {
            if (Files.isRegularFile(account, LinkOption.NOFOLLOW_LINKS)) {
                return new CredentialFacts(Optional.of(new String(SafeFiles.readRegularFile(account, 1024), StandardCharsets.UTF_8).strip()),
                        facts.expiresAt(), facts.refreshedAt());
            }
        } catch (IOException unreadable) {
            // Listed without its account.
        }
        return facts;
    }

    /** Created 0700 when missing; an existing one must be a directory of the user's that nobody else may enter. */
    private Path usableDirectory() {
        try {
            if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(directory.getParent());
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
                Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
            }
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw new CcoException(FailureKind.CREDENTIALS, directory + " is not a directory (a link or a file): credential backups need a directory of their own");
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS);
            if (!mode.equals(DIRECTORY_MODE)) {
                throw new CcoException(FailureKind.CREDENTIALS, directory + " has mode " + PosixFilePermissions.toString(mode)
                        + ": credential backups need a directory only you can enter (chmod 700 " + directory + ")");
            }
            return directory;
        } catch (IOException e) {
            throw new CcoException(FailureKind.CREDENTIALS, "cannot use " + directory + " for credential backups: " + e.getMessage());
        }
    }
}
