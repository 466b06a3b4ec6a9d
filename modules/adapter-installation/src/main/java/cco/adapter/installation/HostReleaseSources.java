package cco.adapter.installation;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.ReleaseSources;
import cco.domain.update.ReleaseArchive;
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
import java.util.stream.Stream;

/**
 * Release archives in files and directories of this machine, checkouts of cco that build them,
 * and archives on https servers (trusting the JDK's CAs and the host's extra ones).
 */
public final class HostReleaseSources implements ReleaseSources {
    private static final String PACKAGE_SCRIPT = "install/package.sh";
    private static final int LARGEST_CHECKSUM_FILE = 4096;
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
    public String checksumFile(Path archive) {
        Path checksum = archive.resolveSibling(ReleaseArchive.checksumOf(archive.getFileName().toString()));
        try (InputStream in = Files.newInputStream(checksum)) {
            return new String(in.readNBytes(LARGEST_CHECKSUM_FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: no checksum file " + checksum + " beside the archive; cco installs only releases it can verify");
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: cannot read " + checksum + ": " + e.getMessage());
        }
    }

    @Override
    public Path download(String url, Path directory) {
        HttpsDownload https = new HttpsDownload(TrustedCertificates.context(extraCertificates));
        Path archive = https.fetch(URI.create(url), directory);
        https.fetch(URI.create(ReleaseArchive.checksumOf(url)), directory);
        return archive;
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
