package cco.domain.update;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.nio.file.Path;
import java.util.function.Function;

/** Where a new release comes from: a path on this machine (archive, directory of releases, checkout) or a URL. */
public sealed interface UpdateSource {

    /** An existing local path, resolved by the caller. */
    record Local(Path path) implements UpdateSource {
    }

    record Url(String url) implements UpdateSource {
    }

    /** A URL when it has a scheme, else a path the resolver makes absolute (and refuses when missing). */
    static UpdateSource parse(String text, Function<String, Path> localPath) {
        if (text.isBlank()) {
            throw CcoException.usage("self-update: the update source is empty");
        }
        if (text.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            if (!text.startsWith("https://")) {
                throw CcoException.usage("self-update: only https:// URLs or local paths can be update sources, not " + text);
            }
            return new Url(text);
        }
        return new Local(localPath.apply(text));
    }

    /** Refused until cco can download: the archive and its checksum file can be fetched by hand and given as a path. */
    static CcoException urlsNotSupported(Url url) {
        return new CcoException(FailureKind.NOT_BUILT, "self-update: https sources are not supported in this version (" + url.url()
                + "); download the archive and its .sha256 file and pass the archive's path");
    }
}
