package cco.adapter.hostfiles;

import cco.domain.git.GitConfigSanitizer;
import cco.domain.port.Quarantine;
import cco.domain.port.RepositoryAudit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Neutralises git directories a session created or changed: their configuration keeps only the
 * keys {@link GitConfigSanitizer} allows, as git itself reads the file, and hooks go. What is
 * taken away is moved, never deleted, into cco's quarantine. A git directory is any directory
 * with a HEAD, of any kind (git accepts a linked one). A {@code .git} file, a {@code .git} link or
 * a {@code commondir} that leads out of the writable roots (to a repository kept in a toolchain
 * store, say, which the audit cannot see) goes to quarantine. A repository counts as new when its
 * HEAD changed during the session: then all its hooks and its whole configuration are checked,
 * else only what changed. What cannot be read is reported as not checked, never passed over.
 */
public final class GitDirectoryAudit implements RepositoryAudit {
    private static final List<String> CONFIGURATIONS = List.of("config", "config.worktree");
    private static final int MAX_POINTER_BYTES = 4096;
    private static final List<Path> GIT = List.of(Path.of("/usr/bin/git"), Path.of("/bin/git"), Path.of("/usr/local/bin/git"));

    private final Quarantine quarantine;

    public GitDirectoryAudit(Quarantine quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public List<String> neutralise(List<Path> roots, Path sessionStart) {
        List<String> report = new ArrayList<>();
        if (roots.isEmpty()) {
            return report;
        }
        FileTime start;
        List<Path> candidates = new ArrayList<>();
        try {
            start = Files.getLastModifiedTime(sessionStart, LinkOption.NOFOLLOW_LINKS);
            // A root removed since (a session finished after a kill) holds nothing to check.
            for (Path root : roots.stream().filter(root -> Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.walkFileTree(root, new ChangedGitFiles(start, candidates, report));
            }
        } catch (IOException e) {
            report.add("repositories in " + roots + " were NOT checked for hooks and code-running settings: " + e.getMessage());
            return report;
        }
        for (Path candidate : candidates) {
            leavesTheRoots(candidate, roots, report);
        }
        for (Path gitDirectory : gitDirectories(candidates)) {
            try {
                audit(gitDirectory, start, roots, report);
            } catch (IOException e) {
                report.add(gitDirectory + ": NOT checked: " + e.getMessage());
            }
        }
        return report;
    }

    /** What git reads code or settings from, changed since the start: configs, HEADs, commondirs, hooks, .git entries. Links are not followed. */
    private static final class ChangedGitFiles extends SimpleFileVisitor<Path> {
        private static final Set<String> NAMES = Set.of("config", "config.worktree", "HEAD", "commondir", ".git");
        private final FileTime start;
        private final List<Path> found;
        private final List<String> report;

        ChangedGitFiles(FileTime start, List<Path> found, List<String> report) {
            this.start = start;
            this.found = found;
            this.report = report;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(".git") && changedSince(dir, start)) {
                found.add(dir);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Path parent = file.getParent().getFileName();
            boolean hook = parent != null && parent.toString().equals("hooks");
            if ((hook || NAMES.contains(file.getFileName().toString())) && changedSince(file, start)) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        /** A directory the session made unreadable may hide a repository: said, not passed over. */
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            report.add(file + " could NOT be read, so a repository in it was NOT checked; make it readable and look before running git there");
            return FileVisitResult.CONTINUE;
        }
    }

    /** A .git file or link, or a commondir, that sends git out of the writable roots. */
    private void leavesTheRoots(Path candidate, List<Path> roots, List<String> report) {
        String name = candidate.getFileName().toString();
        try {
            Optional<Path> target;
            if (name.equals(".git") && Files.isSymbolicLink(candidate)) {
                target = Optional.of(candidate.getParent().resolve(Files.readSymbolicLink(candidate)));
            } else if (name.equals(".git") && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                target = pointer(candidate).filter(text -> text.startsWith("gitdir:")).map(text -> candidate.getParent().resolve(text.substring(7).strip()));
            } else if (name.equals("commondir") && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                target = pointer(candidate).map(text -> candidate.getParent().resolve(text.strip()));
            } else {
                return;
            }
            if (target.isEmpty() || !within(target.get(), roots)) {
                report.add(candidate + " (it sends git to " + target.map(Path::toString).orElse("an unreadable place")
                        + ", outside what the session could write) moved to " + quarantine.take(candidate));
            }
        } catch (IOException | InvalidPathException e) {
            report.add(candidate + ": NOT checked: " + e.getMessage());
        }
    }

    private static Optional<String> pointer(Path file) throws IOException {
        try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new String(in.readNBytes(MAX_POINTER_BYTES), StandardCharsets.UTF_8).strip());
        }
    }

    /** Inside a root by its real path, where it exists (a link inside the root may lead out of it). */
    private static boolean within(Path target, List<Path> roots) {
        Path normal = target.normalize();
        try {
            Path real = Files.exists(normal) ? normal.toRealPath() : normal;
            return roots.stream().anyMatch(real::startsWith);
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<Path> gitDirectories(List<Path> candidates) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path candidate : candidates) {
            owningGitDirectory(candidate).filter(dir -> Files.exists(dir.resolve("HEAD"), LinkOption.NOFOLLOW_LINKS))
                    .ifPresent(directories::add);
        }
        return directories;
    }

    private static Optional<Path> owningGitDirectory(Path candidate) {
        for (Path dir = candidate.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("hooks")) {
                return Optional.ofNullable(dir.getParent());
            }
        }
        if (candidate.getFileName().toString().equals(".git")) {
            return Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS) ? Optional.of(candidate) : Optional.empty();
        }
        return Optional.ofNullable(candidate.getParent());
    }

    private void audit(Path gitDirectory, FileTime start, List<Path> roots, List<String> report) throws IOException {
        if (!gitDirectory.toRealPath().equals(gitDirectory)) {
            report.add(gitDirectory + ": NOT checked: it is reached through a symbolic link");
            return;
        }
        boolean fresh = changedSince(gitDirectory.resolve("HEAD"), start);
        for (String name : CONFIGURATIONS) {
            Path config = gitDirectory.resolve(name);
            if (Files.exists(config, LinkOption.NOFOLLOW_LINKS) && (fresh || changedSince(config, start))) {
                sanitize(config, worktreeWithin(gitDirectory, roots), report);
            }
        }
        Path commondir = gitDirectory.resolve("commondir");
        if (Files.isDirectory(gitDirectory.resolve("objects"), LinkOption.NOFOLLOW_LINKS) && Files.exists(commondir, LinkOption.NOFOLLOW_LINKS)
                && changedSince(commondir, start)) {
            report.add(commondir + " (it would send git to another repository's settings) moved to " + moveToQuarantine(commondir));
        }
        Path hooks = gitDirectory.resolve("hooks");
        if (Files.isSymbolicLink(hooks)) {
            report.add(hooks + " (a link) moved to " + moveToQuarantine(hooks));
        } else if (Files.isDirectory(hooks, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(hooks)) {
                for (Path hook : entries) {
                    if (!hook.getFileName().toString().endsWith(".sample") && !Files.isDirectory(hook, LinkOption.NOFOLLOW_LINKS)
                            && (fresh || changedSince(hook, start))) {
                        report.add(hook + " moved to " + moveToQuarantine(hook));
                    }
                }
            }
        }
    }

    /** A submodule's worktree: an existing directory of the same writable roots, by its real path. */
    private static Predicate<String> worktreeWithin(Path gitDirectory, List<Path> roots) {
        return value -> {
            try {
                Path worktree = gitDirectory.resolve(value).normalize();
                return Files.isDirectory(worktree) && roots.stream().anyMatch(worktree.toRealPath()::startsWith);
            } catch (IOException | InvalidPathException e) {
                return false;
            }
        };
    }

    /**
     * git reads the file (without its includes, running nothing), so the keys checked are the keys
     * git would use; what git cannot read, or a missing git, sends the whole file to quarantine.
     */
    private void sanitize(Path config, Predicate<String> safeWorktree, List<String> report) throws IOException {
        if (!Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS)) {
            report.add(config + " (not a regular file) moved to " + moveToQuarantine(config));
            return;
        }
        Optional<List<GitConfigSanitizer.Entry>> entries = GitConfigReader.entries(GIT, config);
        if (entries.isEmpty()) {
            report.add(config + " (git cannot read it, or there is no git to read it with) moved to " + moveToQuarantine(config));
            return;
        }
        GitConfigSanitizer.Result result = GitConfigSanitizer.sanitize(entries.get(), safeWorktree);
        if (result.removed().isEmpty()) {
            return;
        }
        Path temporary = Files.createTempFile(config.getParent(), ".config-", ".cco-tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, result.kept(), StandardCharsets.UTF_8);
            Path original = moveToQuarantine(config);
            Files.move(temporary, config, StandardCopyOption.ATOMIC_MOVE);
            report.add(config + ": removed " + String.join(", ", result.removed()) + " (the original: " + original + ")");
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static boolean changedSince(Path path, FileTime start) throws IOException {
        FileTime changed = (FileTime) Files.getAttribute(path, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
        return changed.compareTo(start) >= 0;
    }

    private Path moveToQuarantine(Path path) throws IOException {
        return quarantine.take(path);
    }
}
