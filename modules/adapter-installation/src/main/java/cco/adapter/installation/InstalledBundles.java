package cco.adapter.installation;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.port.Installation;
import cco.safefiles.SafeFiles;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of cco in the data directory that holds the running bundle ({@code ~/.local/share/cco}):
 * {@code VERSION/} bundles, the {@code current} and {@code previous} links, and while an update runs
 * its {@code .update-*} staging directories and links, which only a killed update leaves behind.
 */
public final class InstalledBundles implements Installation {
    static final String LEFTOVER_PREFIX = ".update-";
    private static final String CURRENT = "current";
    private static final String PREVIOUS = "previous";
    private static final Duration CHECK_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(5);

    private final Optional<Path> runningHome;

    /** {@code runningHome}: the bundle this process runs from, as its launcher says (-Dcco.installation). */
    public InstalledBundles(Optional<Path> runningHome) {
        this.runningHome = runningHome;
    }

    @Override
    public Lock lock() {
        try {
            SafeFiles.Held held = SafeFiles.lockExclusively(dataDirectory().resolve(".self-update.lock"));
            return held::close;
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot lock " + dataDirectory() + ": " + e.getMessage());
        }
    }

    @Override
    public String currentVersion() {
        Path home = realHome();
        Path data = dataDirectory();
        Optional<Path> current = target(CURRENT);
        if (current.isEmpty() || !current.get().equals(home)) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cco in " + home + " was not installed by install/install.sh ("
                    + data.resolve(CURRENT) + " is not a link to it); reinstall with install/install.sh, or update this copy by hand");
        }
        return home.getFileName().toString();
    }

    @Override
    public Optional<String> previousVersion() {
        return target(PREVIOUS).map(path -> path.getFileName().toString());
    }

    @Override
    public Path home(String version) {
        return dataDirectory().resolve(version);
    }

    @Override
    public void removeLeftovers() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dataDirectory(), LEFTOVER_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                Trees.delete(leftover);
            }
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot remove what an interrupted update left in " + dataDirectory() + ": " + e.getMessage());
        }
    }

    @Override
    public Staging staging() {
        return new BundleStaging(this);
    }

    @Override
    public String check(String version) {
        Path launcher = home(version).resolve("bin/cco");
        HostProcess.Outcome outcome = HostProcess.run(List.of(launcher.toString(), "--version"), home(version), null, CHECK_TIMEOUT);
        List<String> lines = outcome.lines();
        if (outcome.exitCode() != 0 || lines.isEmpty() || !lines.getFirst().startsWith("cco ")) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: cco " + version + " does not run (" + launcher + " --version: exit "
                    + outcome.exitCode() + ", " + outcome.lastLine() + "); nothing was changed");
        }
        return lines.getFirst();
    }

    /** As install.sh trains: in an empty directory, once for native sessions and --version, once for Docker sessions. */
    @Override
    public boolean train(String version) {
        String launcher = home(version).resolve("bin/cco").toString();
        Path directory = null;
        try {
            directory = Files.createTempDirectory(dataDirectory(), LEFTOVER_PREFIX + "training-");
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.put("CCO_AOT_TRAINING", "1");
            boolean trained = HostProcess.run(List.of(launcher), directory, environment, TRAINING_TIMEOUT).exitCode() == 0;
            return HostProcess.run(List.of(launcher, "--backend", "docker"), directory, environment, TRAINING_TIMEOUT).exitCode() == 0 && trained;
        } catch (IOException | CcoException e) {
            return false;
        } finally {
            deleteQuietly(directory);
        }
    }

    /** A power loss after the switch finds the new version whole, not the names of files whose content never reached the disk. */
    @Override
    public void persist(String version) {
        try {
            Trees.sync(home(version));
            SafeFiles.sync(dataDirectory());
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot write cco " + version + " to disk in " + home(version) + ": " + e.getMessage());
        }
    }

    @Override
    public void switchTo(String version) {
        String current = currentVersion();
        try {
            replaceLink(PREVIOUS, current);
            replaceLink(CURRENT, version);
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot switch " + dataDirectory().resolve(CURRENT) + " to " + version + ": " + e.getMessage());
        }
    }

    /**
     * The links are listed after the directories, in a listing of their own: install.sh makes its
     * link before it moves the new version into place, so a version listed has its link there to be
     * found by the later listing (one listing may show an entry made while it runs and miss another).
     */
    @Override
    public Inventory inventory() {
        List<String> directories = entries(entry -> !Files.isSymbolicLink(entry) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS));
        Set<String> linked = new HashSet<>();
        entries(Files::isSymbolicLink).forEach(link -> target(link).ifPresent(directory -> linked.add(directory.getFileName().toString())));
        return new Inventory(directories, linked);
    }

    private List<String> entries(DirectoryStream.Filter<Path> kind) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataDirectory(), kind)) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        } catch (IOException | DirectoryIteratorException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cannot list " + dataDirectory() + ": " + e.getMessage());
        }
        return names;
    }

    @Override
    public boolean remove(String version) {
        return deleteQuietly(home(version));
    }

    Path dataDirectory() {
        Path parent = realHome().getParent();
        if (parent == null) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cco's bundle is at the root directory; it was not installed by install/install.sh");
        }
        return parent;
    }

    /** Where a link of the data directory leads, if it is a link to a directory there. */
    Optional<Path> target(String link) {
        Path path = dataDirectory().resolve(link);
        try {
            if (!Files.isSymbolicLink(path)) {
                return Optional.empty();
            }
            Path target = path.toRealPath();
            return target.getParent().equals(dataDirectory()) && Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new link beside the old one, renamed over it: the link is the old or the new one at every moment. */
    private void replaceLink(String name, String version) throws IOException {
        Path data = dataDirectory();
        Path fresh = data.resolve(LEFTOVER_PREFIX + name);
        Files.deleteIfExists(fresh);
        Files.createSymbolicLink(fresh, Path.of(version));
        Files.move(fresh, data.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        SafeFiles.sync(data);
    }

    private Path realHome() {
        Path home = runningHome.orElseThrow(() -> new CcoException(FailureKind.UPDATE,
                "self-update: this cco was not started by an installed launcher, so there is no installation to update"));
        try {
            return home.toRealPath();
        } catch (IOException e) {
            throw new CcoException(FailureKind.UPDATE, "self-update: cco's bundle " + home + " is not there: " + e.getMessage());
        }
    }

    /** False when something is left: it starts with .update- and goes at the next update, or is a version's, removed or replaced then. */
    static boolean deleteQuietly(Path path) {
        if (path == null) {
            return true;
        }
        try {
            Trees.delete(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
