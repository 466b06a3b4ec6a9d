package cco.domain.update;

import cco.domain.failure.CcoException;
import java.nio.file.Path;
import java.util.function.Function;

/** Where a new release comes from: a path on this machine (archive, directory of releases, checkout) or a URL. */
public sealed interface UpdateSource {

    /**
     * An existing local path, resolved by the caller. A checkout is built only when the user named
     * it on the command line ({@code mayBuild}): its build runs outside any sandbox, and a
     * configured or inherited source may be a checkout agents write.
     */
    record Local(Path path, boolean mayBuild) implements UpdateSource {
    }

    /** An https URL of a release archive, with its checksum file at the same URL plus ".sha256". */
    record Url(String url) implements UpdateSource {
    }

    /** A URL when it has a scheme, else a path the resolver makes absolute (and refuses when missing). */
    static UpdateSource parse(String text, Function<String, Path> localPath, boolean mayBuild) {
        if (text.isBlank()) {
            throw CcoException.usage("self-update: the update source is empty");
        }
        if (text.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            if (!text.startsWith("https://")) {
                throw CcoException.usage("self-update: only https:// URLs or local paths can be update sources, not " + text);
            }
            return new Url(text);
        }
        return new Local(localPath.apply(text), mayBuild);
    }

}
