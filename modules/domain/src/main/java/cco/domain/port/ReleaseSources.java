package cco.domain.port;

import java.nio.file.Path;
import java.util.List;

/** The places releases come from: this machine's files, directories and checkouts, and https servers. */
public interface ReleaseSources {

    enum Kind { ARCHIVE, DIRECTORY, CHECKOUT }

    /** An archive file, a directory of releases, or a checkout of cco (it has install/package.sh); refused (UPDATE) otherwise. */
    Kind kind(Path source);

    /** The names of the files in a directory. */
    List<String> fileNames(Path directory);

    /** The text of the checksum file beside an archive; refused (UPDATE_UNVERIFIED) when there is none. */
    String checksumFile(Path archive);

    /**
     * Downloads the release archive at an https {@code url}, and its checksum file beside it, into
     * {@code directory}; returns the archive's path. Refused (UPDATE) when either cannot be fetched.
     */
    Path download(String url, Path directory);

    /** Builds release archives from a checkout into {@code directory} with its install/package.sh. */
    void build(Path checkout, Path directory);
}
