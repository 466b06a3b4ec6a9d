package cco.domain.update;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.Installation;
import cco.domain.port.ReleaseSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * cco self-update and its --rollback (ADR 0029): a release is verified, unpacked and checked
 * beside the installed versions, and only then made current by renaming links; until that
 * rename, whatever happens, the installed version is the one that runs.
 */
public final class SelfUpdate {
    private final Installation installation;
    private final ReleaseSources sources;
    private final String architecture;
    private final boolean trainCaches;
    private final Consumer<String> progress;

    /** {@code progress} gets one line per step done; {@code trainCaches} false leaves the AOT caches untrained (tests). */
    public SelfUpdate(Installation installation, ReleaseSources sources, String architecture, boolean trainCaches, Consumer<String> progress) {
        this.installation = installation;
        this.sources = sources;
        this.architecture = architecture;
        this.trainCaches = trainCaches;
        this.progress = progress;
    }

    /**
     * Installs the source's release if it is newer than the current version; returns the closing
     * line. With {@code updateKey}, the file of the key the user trusts, the release must be signed by it.
     */
    public String update(UpdateSource source, Optional<Path> updateKey) {
        Optional<UpdateKey> key = updateKey.map(file -> UpdateKey.parse(sources.updateKey(file), file.toString()));
        try (Installation.Lock lock = installation.lock()) {
            String current = installation.currentVersion();
            installation.removeLeftovers();
            ReleaseArchive release;
            try (Installation.Staging staging = installation.staging()) {
                Path archive = switch (source) {
                    case UpdateSource.Url url -> downloaded(url, staging, key.isPresent());
                    case UpdateSource.Local path -> archiveIn(path, staging);
                };
                release = ReleaseArchive.parse(archive.getFileName().toString()).orElseThrow(() -> new CcoException(FailureKind.UPDATE,
                        "self-update: " + archive.getFileName() + " is not named as a release is (cco-VERSION-linux-ARCH.tar.gz)"));
                progress.accept("update source: " + archive);
                if (!isNewer(release.version(), current)) {
                    return "cco " + current + " is up to date (the source has " + release.version() + ")";
                }
                // Its directory is the one a rollback returns to: never replaced, made current again.
                if (installation.previousVersion().filter(release.version().toString()::equals).isPresent()) {
                    return "cco " + release.version() + " was installed already, as the previous version: " + makeCurrent(release.version().toString(), current);
                }
                unpack(archive, release, staging, key);
            }
            String version = release.version().toString();
            progress.accept("the new launcher runs: " + checkOrRemove(version));
            trainCaches(version);
            installation.persist(version);
            switchTo(version, current);
            return "updated cco " + current + " to " + version + "; 'cco self-update --rollback' goes back to " + current;
        }
    }

    /** Makes the previous version current again, and the current one previous. */
    public String rollback() {
        try (Installation.Lock lock = installation.lock()) {
            String current = installation.currentVersion();
            installation.removeLeftovers();
            String previous = installation.previousVersion().filter(version -> !version.equals(current))
                    .orElseThrow(() -> new CcoException(FailureKind.UPDATE, "self-update --rollback: there is no previous version to go back to"));
            return "rolled back from cco " + current + " to " + previous + ": " + makeCurrent(previous, current);
        }
    }

    /** The previous version becomes current, once its launcher is seen to run; the current one previous. */
    private String makeCurrent(String previous, String current) {
        progress.accept("the previous launcher runs: " + installation.check(previous));
        switchTo(previous, current);
        return "cco " + previous + " is current; 'cco self-update --rollback' goes back to " + current;
    }

    /**
     * Makes {@code version} current and the running version previous, then removes the versions
     * neither can go back to: after a rollback too, which keeps the two it swaps. The switch is
     * done whatever the removal meets, so that is only a warning.
     */
    private void switchTo(String version, String running) {
        installation.switchTo(version);
        try {
            for (String old : VersionPruning.removable(installation.inventory(), Set.copyOf(List.of(version, running)))) {
                progress.accept(installation.remove(old) ? "removed cco " + old + ", neither current nor previous"
                        : "warning: cannot remove cco " + old + " from " + installation.home(old) + "; it takes room, nothing else");
            }
        } catch (CcoException e) {
            progress.accept("warning: the versions neither current nor previous were not removed: " + e.getMessage());
        }
    }

    private Path downloaded(UpdateSource.Url url, Installation.Staging staging, boolean signed) {
        Path archive = sources.download(url.url(), staging.scratch(), signed);
        progress.accept("downloaded " + url.url() + " and its checksum file" + (signed ? ", and its signature if the server has one" : ""));
        return archive;
    }

    private Path archiveIn(UpdateSource.Local local, Installation.Staging staging) {
        Path source = local.path();
        return switch (sources.kind(source)) {
            case ARCHIVE -> source;
            case DIRECTORY -> newestIn(source);
            case CHECKOUT -> {
                if (!local.mayBuild()) {
                    throw new CcoException(FailureKind.UPDATE, "self-update: " + source + " is a checkout of cco, and building it runs its "
                            + "install/package.sh and Maven outside any sandbox: name it with --from to build it");
                }
                progress.accept("building a release from the checkout " + source + " with its install/package.sh (outside any sandbox)");
                sources.build(source, staging.scratch());
                yield newestIn(staging.scratch());
            }
        };
    }

    private Path newestIn(Path directory) {
        return ReleaseArchive.newest(sources.fileNames(directory), architecture)
                .map(release -> directory.resolve(release.fileName()))
                .orElseThrow(() -> new CcoException(FailureKind.UPDATE, "self-update: no release for linux-" + architecture + " in " + directory
                        + " (cco-VERSION-linux-" + architecture + ".tar.gz)"));
    }

    /** A current version that is not a release version (a hand-made install) is older than any release. */
    private static boolean isNewer(ReleaseVersion candidate, String current) {
        Optional<ReleaseVersion> installed = ReleaseVersion.parse(current);
        return installed.isEmpty() || candidate.compareTo(installed.get()) > 0;
    }

    /** The checksum file's bytes are read once: those the signature covers are those the digest comes from. */
    private void unpack(Path archive, ReleaseArchive release, Installation.Staging staging, Optional<UpdateKey> key) {
        byte[] checksumFile = sources.checksumFile(archive);
        Optional<byte[]> signature = key.isPresent() ? sources.signatureFile(archive) : Optional.empty();
        progress.accept(ReleaseSignature.check(key, release.fileName(), checksumFile, signature));
        String expected = ChecksumFile.expectedDigest(new String(checksumFile, StandardCharsets.UTF_8), release.fileName());
        String actual = staging.copy(archive);
        if (!actual.equals(expected)) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: checksum mismatch for " + release.fileName() + ": expected "
                    + expected + ", the archive has " + actual + "; nothing was changed");
        }
        progress.accept("checksum verified: sha256 " + actual);
        String top = release.topDirectory();
        ArchiveMembers.checkNames(staging.names(), top);
        ArchiveMembers.checkTree(staging.unpack(), top);
        String versionFile = staging.read(top + "/VERSION").strip();
        if (!versionFile.equals(release.version().toString())) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: the archive " + release.fileName() + " holds version '" + versionFile + "'");
        }
        String launcher = top + "/bin/cco";
        String version = release.version().toString();
        staging.writeExecutable(launcher, LauncherHome.substitute(staging.read(launcher), installation.home(version).toString()));
        staging.install(top, version);
        progress.accept("unpacked cco " + version + " into " + installation.home(version));
    }

    private String checkOrRemove(String version) {
        try {
            return installation.check(version);
        } catch (CcoException e) {
            installation.remove(version);
            throw e;
        }
    }

    private void trainCaches(String version) {
        if (!trainCaches) {
            progress.accept("AOT caches not trained, as asked; cco " + version + " starts slower");
        } else if (installation.train(version)) {
            progress.accept("AOT caches trained");
        } else {
            progress.accept("warning: AOT training failed; cco " + version + " will start slower");
        }
    }
}
