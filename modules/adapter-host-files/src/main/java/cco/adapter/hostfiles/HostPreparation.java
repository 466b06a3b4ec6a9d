package cco.adapter.hostfiles;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.Placeholder;
import cco.domain.policy.CacheView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Creates on the host what the mounts need before the sandbox starts. Nothing is written
 * through a symlink: the parent must be the real directory it claims to be (an agent may have
 * planted a link in a writable directory), and the new entry is created exclusively, so an
 * existing entry, link or not, is never followed or overwritten.
 */
final class HostPreparation {
    private HostPreparation() {
    }

    /** Agent state is created the way the agent would create it, parents included, and kept. */
    static void createAgentState(List<Placeholder> state) {
        for (Placeholder entry : state) {
            try {
                Files.createDirectories(entry.directory() ? entry.path() : entry.path().getParent());
            } catch (IOException e) {
                throw failure(entry.path(), e);
            }
            if (!entry.directory()) {
                create(entry);
            }
        }
    }

    /**
     * cco's own stores of toolchain caches, kept across sessions (0700: what a session downloads is
     * the user's). A store reached through a link (a session that could write the home directory
     * may have planted one) would mount the link's target writable: the session refuses to start.
     */
    static void createStores(List<CacheView> caches) {
        for (CacheView cache : caches) {
            Path store = cache.store();
            try {
                Files.createDirectories(store.getParent());
                Files.createDirectory(store, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException existing) {
                // Made by an earlier session: checked below like a new one.
            } catch (IOException e) {
                throw failure(store, e);
            }
            try {
                if (!Files.isDirectory(store, LinkOption.NOFOLLOW_LINKS) || !store.toRealPath().equals(store)) {
                    throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "refusing to start: cco's cache store " + store
                            + " is not a directory of its own (a symbolic link, or reached through one); remove it and start again");
                }
            } catch (IOException e) {
                throw failure(store, e);
            }
        }
    }

    static void createPlaceholders(List<Placeholder> placeholders) {
        placeholders.forEach(HostPreparation::create);
    }

    private static void create(Placeholder entry) {
        Path path = entry.path();
        try {
            Path parent = path.getParent();
            if (!parent.toRealPath().equals(parent)) {
                throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "refusing to prepare " + path
                        + ": " + parent + " is reached through a symbolic link");
            }
            if (entry.directory()) {
                Files.createDirectory(path);
            } else {
                Files.write(path, entry.content().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "refusing to prepare " + path
                    + ": it appeared while cco was starting, or is a dangling symbolic link");
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    private static CcoException failure(Path path, IOException e) {
        return new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot prepare " + path + " for the sandbox: " + e.getMessage());
    }
}
