package cco.domain.mount;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.Placeholder;
import cco.domain.launch.PrivateCopy;
import cco.domain.policy.CacheView;
import cco.domain.policy.Access;
import cco.domain.policy.IsolationPolicy;
import cco.domain.policy.PathRule;
import cco.domain.policy.WhenMissing;
import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a policy into bwrap mounts. Later mounts cover earlier ones, so rules are mounted
 * from the shortest path to the longest. A rule that changes nothing (a read-only path inside
 * a read-only tree) is not mounted. A protected or denied path that is missing gets a stand-in,
 * since a mount needs something to cover; and every directory between a host-backed writable
 * root and a protected path is mounted onto itself, because a mount point cannot be renamed:
 * otherwise {@code mv .git x && mkdir -p .git/hooks} would leave the protection behind. Below a
 * private root nothing of the host is pinned or created (see showsTheHost).
 */
public final class MountPlanner {
    private static final Path ROOT = Path.of("/");
    private static final String JSON_OBJECT = "{}";

    private final HostFileSystem fileSystem;
    private final Map<Path, Path> privateSources;
    private final Map<Path, FileKind> created = new HashMap<>();
    private final Map<Path, Access> standIns = new HashMap<>();

    /** @param privateSources directories of the session's own to mount in place of writable or private paths, by the path they stand for */
    public MountPlanner(HostFileSystem fileSystem, Map<Path, Path> privateSources) {
        this.fileSystem = fileSystem;
        this.privateSources = Map.copyOf(privateSources);
    }

    /** What is mounted in place of a path: cco's store of a toolchain cache, the agent's private home. */
    public static Map<Path, Path> sources(List<CacheView> caches, List<PrivateCopy> privateCopies) {
        Map<Path, Path> sources = new HashMap<>();
        caches.forEach(cache -> sources.put(cache.path(), cache.store()));
        privateCopies.forEach(copy -> sources.put(copy.home(), copy.homeSource()));
        return sources;
    }

    public MountPlan plan(IsolationPolicy policy) {
        Map<Path, Mount> mounts = new LinkedHashMap<>();
        List<Path> remounts = new ArrayList<>();
        List<Placeholder> state = new ArrayList<>();
        List<Placeholder> placeholders = new ArrayList<>();
        List<Path> quarantineIfCreated = new ArrayList<>();
        for (PathRule rule : policy.effectiveRules()) {
            if (rule.path().equals(ROOT)) {
                continue;
            }
            Access inherited = inheritedAccess(policy, rule.path());
            Path target = rule.path();
            FileKind kind = kindOf(target);
            Path source = privateSources.get(target);
            if (source != null && inherited == Access.PRIVATE && writable(rule.access())) {
                // A place of the session's own (the agent's home for the session, a cache store) inside one (a container's home).
                mounts.put(target, new Mount.Bind(source, target, true));
                continue;
            }
            if (inherited == Access.PRIVATE && !showsTheHost(policy, rule, kind)) {
                continue;
            }
            if (kind == FileKind.MISSING) {
                if (!rule.mayBeMissing() || rule.access() == inherited || !needsStandIn(rule, inherited)) {
                    continue;
                }
                if (rule.whenMissing() == WhenMissing.QUARANTINE_IF_CREATED) {
                    quarantineIfCreated.add(target);
                    continue;
                }
                if (writable(rule.access())) {
                    state.add(standIn(target, rule.whenMissing()));
                    kind = remember(target, rule.whenMissing());
                } else {
                    target = firstMissing(target);
                    WhenMissing what = target.equals(rule.path()) ? rule.whenMissing() : WhenMissing.DIRECTORY;
                    placeholders.add(standIn(target, what));
                    kind = remember(target, what);
                    standIns.put(target, rule.access());
                }
            } else if (rule.access() == inherited) {
                continue;
            }
            Path real = fileSystem.realPath(target).orElse(target);
            if (inherited == Access.READ_WRITE && !real.equals(target)) {
                throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "refusing to start: " + target
                        + " is reached through a symbolic link (to " + real + ") inside a writable directory, "
                        + "where cco cannot keep a rule on it; replace the link with what it points to");
            }
            if (rule.access() != Access.READ_WRITE && inherited == Access.READ_WRITE) {
                pinDirectoriesBetween(policy, target, mounts);
            }
            mounts.put(target, source != null && writable(rule.access()) ? new Mount.Bind(source, target, true)
                    : mountFor(rule.access(), target, kind));
            if (rule.access() == Access.DENIED && kind == FileKind.DIRECTORY) {
                remounts.add(target);
            }
        }
        List<Mount> ordered = mounts.values().stream().sorted(Comparator.comparing(Mount::path)).toList();
        List<Path> watched = quarantineIfCreated.stream()
                .filter(path -> standIns.keySet().stream().noneMatch(standIn -> path.startsWith(standIn) && !path.equals(standIn)))
                .toList();
        return new MountPlan(policy.accessOf(ROOT) == Access.READ_ONLY, ordered, remounts, state, placeholders, watched);
    }

    /**
     * The access a path would have without its own rule: that of the closest rule above it, or
     * of a stand-in above it, which covers a whole missing subtree (a stand-in .git covers .git/hooks).
     */
    private Access inheritedAccess(IsolationPolicy policy, Path path) {
        Path parent = path.getParent();
        PathRule ruleAbove = policy.ruleFor(parent).orElse(null);
        for (Path dir = parent; dir != null && (ruleAbove == null || dir.startsWith(ruleAbove.path()) && !dir.equals(ruleAbove.path())); dir = dir.getParent()) {
            Access standIn = standIns.get(dir);
            if (standIn != null) {
                return standIn;
            }
        }
        return ruleAbove == null ? Access.DENIED : ruleAbove.access();
    }

    /**
     * A missing path needs something in its place only where it could appear during the session,
     * or where the agent's state must exist (created for real, kept).
     */
    private static boolean needsStandIn(PathRule rule, Access inherited) {
        return rule.access() == Access.DENIED || writable(rule.access()) || writable(inherited);
    }

    /**
     * Below a private root (a fresh directory of the session's own, such as /tmp) the sandbox sees
     * nothing of the host but what a rule shares there: a denied or a missing path needs no mount
     * and nothing is created on the host for it, and no host directory is ever bound to pin a path
     * (which would replace the private view with the host's, writable). A share whose real path is
     * denied (a link to a hidden file) is left out. Only missing agent state is created, and kept.
     */
    private boolean showsTheHost(IsolationPolicy policy, PathRule rule, FileKind kind) {
        if (kind == FileKind.MISSING) {
            return rule.access() == Access.READ_WRITE && rule.mayBeMissing();
        }
        return rule.access() != Access.DENIED
                && fileSystem.realPath(rule.path()).map(policy::accessOf).orElse(Access.DENIED) != Access.DENIED;
    }

    private static boolean writable(Access access) {
        return access == Access.READ_WRITE || access == Access.PRIVATE;
    }

    private void pinDirectoriesBetween(IsolationPolicy policy, Path target, Map<Path, Mount> mounts) {
        Path writableRoot = policy.ruleFor(target.getParent()).map(PathRule::path).orElse(ROOT);
        for (Path dir = target.getParent(); dir != null && !dir.equals(writableRoot) && dir.startsWith(writableRoot); dir = dir.getParent()) {
            if (kindOf(dir) == FileKind.DIRECTORY) {
                mounts.putIfAbsent(dir, new Mount.Bind(dir, true));
            }
        }
    }

    private static Mount mountFor(Access access, Path path, FileKind kind) {
        return switch (access) {
            case READ_ONLY -> new Mount.Bind(path, false);
            case READ_WRITE -> new Mount.Bind(path, true);
            case PRIVATE -> new Mount.Tmpfs(path);
            case DENIED -> kind == FileKind.DIRECTORY ? new Mount.Tmpfs(path) : new Mount.EmptyFile(path);
        };
    }

    private Path firstMissing(Path path) {
        Path missing = path;
        while (missing.getParent() != null && kindOf(missing.getParent()) == FileKind.MISSING) {
            missing = missing.getParent();
        }
        return missing;
    }

    private FileKind kindOf(Path path) {
        FileKind known = created.get(path);
        if (known != null) {
            return known;
        }
        if (fileSystem.realPath(path).isEmpty()) {
            return FileKind.MISSING;
        }
        return fileSystem.isDirectory(path) ? FileKind.DIRECTORY : FileKind.OTHER;
    }

    private FileKind remember(Path path, WhenMissing what) {
        FileKind kind = what == WhenMissing.DIRECTORY ? FileKind.DIRECTORY : FileKind.OTHER;
        created.put(path, kind);
        return kind;
    }

    private static Placeholder standIn(Path path, WhenMissing what) {
        return switch (what) {
            case DIRECTORY -> Placeholder.directory(path);
            case EMPTY_JSON_OBJECT -> Placeholder.file(path, JSON_OBJECT);
            case EMPTY_FILE, IGNORE, QUARANTINE_IF_CREATED -> Placeholder.file(path, "");
        };
    }
}
