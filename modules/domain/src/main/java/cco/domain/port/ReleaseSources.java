package cco.domain.port;

import java.nio.file.Path;
import java.util.List;

/** Local places releases come from. */
public interface ReleaseSources {

    enum Kind { ARCHIVE, DIRECTORY, CHECKOUT }

    /** An archive file, a directory of releases, or a checkout of cco (it has install/package.sh); refused (UPDATE) otherwise. */
    Kind kind(Path source);

    /** The names of the files in a directory. */
    List<String> fileNames(Path directory);

    /** The text of the checksum file beside an archive; refused (UPDATE_UNVERIFIED) when there is none. */
    String checksumFile(Path archive);

    /** Builds release archives from a checkout into {@code directory} with its install/package.sh. */
    void build(Path checkout, Path directory);
}
