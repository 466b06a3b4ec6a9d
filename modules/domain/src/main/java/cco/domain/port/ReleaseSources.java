package cco.domain.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The places releases come from: this machine's files, directories and checkouts, and https servers. */
public interface ReleaseSources {

    enum Kind { ARCHIVE, DIRECTORY, CHECKOUT }

    /** An archive file, a directory of releases, or a checkout of cco (it has install/package.sh); refused (UPDATE) otherwise. */
    Kind kind(Path source);

    /** The names of the files in a directory. */
    List<String> fileNames(Path directory);

    /** The bytes of the checksum file beside an archive; refused (UPDATE_UNVERIFIED) when there is none. */
    byte[] checksumFile(Path archive);

    /** The bytes of the signature file beside an archive (ReleaseArchive.signatureOf), if there is one. */
    Optional<byte[]> signatureFile(Path archive);

    /**
     * Downloads the release archive at an https {@code url}, and its checksum file beside it, into
     * {@code directory}; returns the archive's path. Refused (UPDATE) when either cannot be fetched.
     * With {@code signed}, the signature file beside them too, if the server has one.
     */
    Path download(String url, Path directory, boolean signed);

    /** The text of the update key file the user configured; refused (CONFIGURATION) when it cannot be read. */
    String updateKey(Path file);

    /** Builds release archives from a checkout into {@code directory} with its install/package.sh. */
    void build(Path checkout, Path directory);
}
