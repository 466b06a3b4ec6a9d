package cco.adapter.installation;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.ReleaseSources;
import cco.domain.update.ReleaseArchive;
import cco.safefiles.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Release archives in files and directories of this machine, checkouts of cco that build them,
 * and archives on https servers (trusting the JDK's CAs and the host's extra ones).
 */
public final class HostReleaseSources implements ReleaseSources {
    private static final String PACKAGE_SCRIPT = "install/package.sh";
    private static final int LARGEST_SMALL_FILE = 4096;
    /** Maven and jlink on a slow machine, as install.sh would take. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);

    private final Collection<byte[]> extraCertificates;

    /** {@code extraCertificates}: PEM certificates the host trusts beyond the usual CAs (a corporate TLS proxy's). */
    public HostReleaseSources(Collection<byte[]> extraCertificates) {
        this.extraCertificates = List.copyOf(extraCertificates);
    }

    @Override
    public Kind kind(Path source) {
        if (Files.isRegularFile(source)) {
            return Kind.ARCHIVE;
        }
        if (Files.isDirectory(source)) {
            return Files.isRegularFile(source.resolve(PACKAGE_SCRIPT)) ? Kind.CHECKOUT : Kind.DIRECTORY;
        }
        throw new CcoException(FailureKind.UPDATE, "self-update: the update source " + source + " is neither a release archive nor a directory");
    }

    @Override
    public List<String> fileNames(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot list " + directory + ": " + e.getMessage());
        }
    }

    @Override
    public byte[] checksumFile(Path archive) {
        Path checksum = archive.resolveSibling(ReleaseArchive.checksumOf(archive.getFileName().toString()));
        return smallFile(checksum).orElseThrow(() -> new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: no checksum file " + checksum
                + " beside the archive; cco installs only releases it can verify"));
    }

    @Override
    public Optional<byte[]> signatureFile(Path archive) {
        return smallFile(archive.resolveSibling(ReleaseArchive.signatureOf(archive.getFileName().toString())));
    }

    @Override
    public Path download(String url, Path directory, boolean signed) {
        HttpsDownload https = new HttpsDownload(TrustedCertificates.context(extraCertificates));
        Path archive = https.fetch(URI.create(url), directory);
        https.fetch(URI.create(ReleaseArchive.checksumOf(url)), directory);
        if (signed) {
            // A signature the server does not have is the domain's to refuse, as one missing beside a local archive.
            https.fetchIfThere(URI.create(ReleaseArchive.signatureOf(url)), directory);
        }
        return archive;
    }

    /** Through links (a key kept with the user's dotfiles), but only a regular file, and a small one. */
    @Override
    public String updateKey(Path file) {
        try {
            return new String(SafeFiles.readRegularFile(file.toRealPath(), LARGEST_SMALL_FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw unreadableKey(file, "there is no such file");
        } catch (IOException e) {
            throw unreadableKey(file, e.getMessage());
        }
    }

    private static CcoException unreadableKey(Path file, String why) {
        return new CcoException(FailureKind.CONFIGURATION, "self-update: cannot read the update key " + file + " (updateKey, CCO_UPDATE_KEY): " + why);
    }

    /** A checksum or signature file: a few dozen bytes, read up to a limit no such file reaches; empty when there is none. */
    private static Optional<byte[]> smallFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(in.readNBytes(LARGEST_SMALL_FILE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Needs what install.sh needs: a JDK 25 and Maven. */
    @Override
    public void build(Path checkout, Path directory) {
        HostProcess.Outcome outcome = HostProcess.run(List.of("/bin/sh", checkout.resolve(PACKAGE_SCRIPT).toString(), directory.toString()),
                checkout, null, BUILD_TIMEOUT);
        if (outcome.exitCode() != 0) {
            throw new CcoException(FailureKind.UPDATE, "self-update: building a release in " + checkout + " failed: " + outcome.lastLine());
        }
    }
}
