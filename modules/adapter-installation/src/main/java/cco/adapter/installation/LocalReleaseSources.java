package cco.adapter.installation;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.ReleaseSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** Release archives in files and directories of this machine, and checkouts of cco that build them. */
public final class LocalReleaseSources implements ReleaseSources {
    private static final String PACKAGE_SCRIPT = "install/package.sh";
    private static final int LARGEST_CHECKSUM_FILE = 4096;
    /** Maven and jlink on a slow machine, as install.sh would take. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);

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
        Path checksum = archive.resolveSibling(archive.getFileName() + ".sha256");
        try (InputStream in = Files.newInputStream(checksum)) {
            return new String(in.readNBytes(LARGEST_CHECKSUM_FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: no checksum file " + checksum + " beside the archive; cco installs only releases it can verify");
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: cannot read " + checksum + ": " + e.getMessage());
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
