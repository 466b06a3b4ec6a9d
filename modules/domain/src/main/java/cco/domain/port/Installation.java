package cco.domain.port;

import cco.domain.update.ArchiveMembers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * cco's installed bundles as install/install.sh lays them out (ADR 0008): versions side by side
 * in a data directory, a {@code current} link to the active one and a {@code previous} link to the
 * one it replaced. Every change of a link is one rename, so a reader sees the old or the new link.
 */
public interface Installation {

    /** Held while this process changes the installation; every cco process of the user takes the same lock. */
    Lock lock();

    /** The version {@code current} points at, which must be the running bundle; refused (UPDATE) otherwise. */
    String currentVersion();

    /** The version {@code previous} points at, if that bundle is still there. */
    Optional<String> previousVersion();

    /** Where a version's bundle lives (or will). */
    Path home(String version);

    /** Removes what killed updates left behind: staging directories and links not yet renamed into place. */
    void removeLeftovers();

    /** A new, empty staging directory beside the versions; removed with everything in it when closed. */
    Staging staging();

    /** Runs an installed version's launcher with --version: the line it printed, or UPDATE_UNVERIFIED. */
    String check(String version);

    /** Trains an installed version's AOT caches where it will run (as install.sh does): false when training failed. */
    boolean train(String version);

    /** Forces an installed version, every file and directory of it, and its name in the data directory to disk. */
    void persist(String version);

    /** Points {@code previous} at the current version, then {@code current} at {@code version}, each change on disk when it returns. */
    void switchTo(String version);

    /** The data directory's subdirectories (links not followed) and those a link there leads to: what pruning chooses from. */
    Inventory inventory();

    /** Removes an installed version that is neither current nor previous; false when it could not be removed whole. */
    boolean remove(String version);

    record Inventory(List<String> directories, Set<String> linked) {
        public Inventory {
            directories = List.copyOf(directories);
            linked = Set.copyOf(linked);
        }
    }

    interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /** A release on its way in: copied, verified and unpacked beside the versions, then moved into place by one rename. */
    interface Staging extends AutoCloseable {

        /** A directory inside the staging directory for a release built from a checkout. */
        Path scratch();

        /** Copies the archive into the staging directory and returns the SHA-256 of what was copied, in lower-case hex. */
        String copy(Path archive);

        /** The member names of the copied archive, as tar lists them. */
        List<String> names();

        /** Unpacks the copied archive and describes every file it made. */
        List<ArchiveMembers.Member> unpack();

        /** An unpacked regular file's text (a link is not followed). */
        String read(String path);

        /** Replaces an unpacked file with an executable one of this text. */
        void writeExecutable(String path, String text);

        /** Moves the unpacked {@code top} directory to the version's home, replacing a leftover that is neither current nor previous. */
        void install(String top, String version);

        @Override
        void close();
    }
}
