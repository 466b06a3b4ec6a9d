package cco.adapter.installation;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.Installation;
import cco.domain.update.ArchiveMembers;
import cco.safefiles.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One release on its way in: a {@code .update-*} directory in the data directory (the same file
 * system, so the bundle moves into place by one rename) holding the copied archive and its
 * unpacked tree; removed when closed, or by the next update if this one is killed.
 */
final class BundleStaging implements Installation.Staging {
    private static final List<Path> TAR = List.of(Path.of("/usr/bin/tar"), Path.of("/bin/tar"));
    private static final Duration TAR_TIMEOUT = Duration.ofMinutes(5);
    private static final int LARGEST_TEXT = 1 << 20;

    private final InstalledBundles installation;
    private final Path directory;
    private final Path archive;
    private final Path tree;

    BundleStaging(InstalledBundles installation) {
        this.installation = installation;
        try {
            this.directory = Files.createTempDirectory(installation.dataDirectory(), InstalledBundles.LEFTOVER_PREFIX);
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot make a staging directory in " + installation.dataDirectory() + ": " + e.getMessage());
        }
        this.archive = directory.resolve("release.tar.gz");
        this.tree = directory.resolve("tree");
    }

    @Override
    public Path scratch() {
        Path scratch = directory.resolve("built");
        try {
            return Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot make " + scratch + ": " + e.getMessage());
        }
    }

    @Override
    public String copy(Path source) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), MessageDigest.getInstance("SHA-256"));
                OutputStream out = Files.newOutputStream(archive)) {
            in.transferTo(out);
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot copy " + source + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public List<String> names() {
        return tar("-tzPf", archive.toString()).lines();
    }

    /** Owners and permission bits from the archive are not taken over: the user's umask applies, as to any file they create. */
    @Override
    public List<ArchiveMembers.Member> unpack() {
        try {
            Files.createDirectory(tree);
            tar("-xzf", archive.toString(), "-C", tree.toString(), "--no-same-owner", "--no-same-permissions");
            return Trees.members(tree);
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot unpack the release in " + directory + ": " + e.getMessage());
        }
    }

    @Override
    public String read(String path) {
        try {
            return new String(SafeFiles.readRegularFile(tree.resolve(path), LARGEST_TEXT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: the release has no readable " + path + ": " + e.getMessage());
        }
    }

    @Override
    public void writeExecutable(String path, String text) {
        try {
            SafeFiles.replace(tree.resolve(path), text.getBytes(StandardCharsets.UTF_8), PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot write " + path + " in " + tree + ": " + e.getMessage());
        }
    }

    /** A directory already at the version's place is what a killed update left (the domain never installs over current): moved aside first. */
    @Override
    public void install(String top, String version) {
        Path home = installation.home(version);
        try {
            if (Files.exists(home, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(home, directory.resolve("replaced"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tree.resolve(top), home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot move cco " + version + " to " + home + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        InstalledBundles.deleteQuietly(directory);
    }

    private HostProcess.Outcome tar(String... arguments) {
        Path program = TAR.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new CcoException(FailureKind.UPDATE, "self-update: tar is needed to unpack a release; none in /usr/bin or /bin"));
        List<String> command = new ArrayList<>(List.of(program.toString()));
        command.addAll(List.of(arguments));
        HostProcess.Outcome outcome = HostProcess.run(command, directory, Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C"), TAR_TIMEOUT);
        if (outcome.exitCode() != 0) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: tar cannot read the release archive: " + outcome.lastLine());
        }
        return outcome;
    }
}
