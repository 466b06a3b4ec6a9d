package cco.adapter.bubblewrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Remembers that a trial sandbox worked, for the same bwrap binary, user, kernel boot and
 * user-namespace settings, so that later starts skip the trial. A forged entry cannot weaken a
 * session: it only skips the trial, and a bwrap that cannot build the sandbox still refuses to
 * run the agent.
 */
final class ProbeCache {
    private final Optional<Path> file;

    ProbeCache(Optional<Path> file) {
        this.file = file;
    }

    /** The cache for one user: $XDG_CACHE_HOME/cco/bwrap-usable, or ~/.cache/cco/bwrap-usable. */
    static ProbeCache forUser(String xdgCacheHome, Path home) {
        Path base = xdgCacheHome != null && xdgCacheHome.startsWith("/") ? Path.of(xdgCacheHome) : home.resolve(".cache");
        return new ProbeCache(Optional.of(base.resolve("cco/bwrap-usable")));
    }

    static ProbeCache none() {
        return new ProbeCache(Optional.empty());
    }

    boolean confirms(String key) {
        return file.map(path -> {
            try {
                return Files.readString(path, StandardCharsets.UTF_8).equals(key);
            } catch (IOException e) {
                return false;
            }
        }).orElse(false);
    }

    void remember(String key) {
        file.ifPresent(path -> {
            try {
                Files.createDirectories(path.getParent());
                Path temporary = Files.createTempFile(path.getParent(), ".bwrap-usable", ".tmp");
                Files.writeString(temporary, key, StandardCharsets.UTF_8);
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // Only an optimisation: the next start runs the trial again.
            }
        });
    }

    /** What must stay the same for a past trial to still hold. */
    static String key(Path bwrap, KernelSettings kernel, String user) {
        try {
            // Fields spelled out: a record's toString() is bootstrapped at first use, ~10 ms on this path.
            return bwrap + "\n" + Files.size(bwrap) + "\n" + Files.getLastModifiedTime(bwrap).toMillis() + "\n" + user + "\n"
                    + KernelSettings.read("/proc/sys/kernel/random/boot_id").orElse("") + "\n"
                    + kernel.maxUserNamespaces().orElse("-") + " " + kernel.unprivilegedUsernsClone().orElse("-") + " "
                    + kernel.apparmorRestrictUnprivilegedUserns().orElse("-") + "\n";
        } catch (IOException e) {
            return "";
        }
    }
}
