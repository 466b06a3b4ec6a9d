package cco.adapter.hostfiles;

import cco.domain.git.GitConfigSanitizer;
import cco.domain.port.Quarantine;
import cco.domain.port.RepositoryAudit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * keys {@link GitConfigSanitizer} allows, and hooks go. What is taken away is moved, never
 * deleted, into cco's quarantine, for the user to inspect or restore. A git directory counts as new when its HEAD changed during
 * the session (git init, a clone, a copy); then all its hooks and its whole configuration are
 * checked, else only the files that changed. Nothing is followed through a symbolic link.
 */
public final class GitDirectoryAudit implements RepositoryAudit {
    private static final List<String> CONFIGURATIONS = List.of("config", "config.worktree");
    private static final int MAX_CONFIG_BYTES = 1024 * 1024;

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
            for (Path root : roots) {
                Files.walkFileTree(root, new ChangedGitFiles(start, candidates));
            }
        } catch (IOException e) {
            report.add("repositories in " + roots + " were NOT checked for hooks and code-running settings: " + e.getMessage());
            return report;
        }
        for (Path gitDirectory : gitDirectories(candidates)) {
            try {
                audit(gitDirectory, start, root(roots, gitDirectory), report);
            } catch (IOException e) {
                report.add(gitDirectory + ": not audited: " + e.getMessage());
            }
        }
        return report;
    }

    /** What git reads code or settings from, changed since the start: configs, HEADs, commondirs, hooks, .git entries. Links are not followed. */
    private static final class ChangedGitFiles extends SimpleFileVisitor<Path> {
        private static final Set<String> NAMES = Set.of("config", "config.worktree", "HEAD", "commondir");
        private final FileTime start;
        private final List<Path> found;

        ChangedGitFiles(FileTime start, List<Path> found) {
            this.start = start;
            this.found = found;
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
            String name = file.getFileName().toString();
            Path parent = file.getParent().getFileName();
            boolean hook = parent != null && parent.toString().equals("hooks");
            if ((hook || NAMES.contains(name) || name.equals(".git")) && changedSince(file, start)) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
        }
    }

    private static Set<Path> gitDirectories(List<Path> candidates) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path candidate : candidates) {
            Path name = candidate.getFileName();
            if (name == null) {
                continue;
            }
            owningGitDirectory(candidate).filter(GitDirectoryAudit::isGitDirectory).ifPresent(directories::add);
        }
        return directories;
    }

    private static Optional<Path> owningGitDirectory(Path candidate) {
        for (Path dir = candidate.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("hooks")) {
                return Optional.ofNullable(dir.getParent());
            }
        }
        String name = candidate.getFileName().toString();
        if (name.equals(".git")) {
            return Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS) ? Optional.of(candidate) : Optional.empty();
        }
        return Optional.ofNullable(candidate.getParent());
    }

    /** As git itself decides (setup.c): a HEAD file and an object store, its own or a common one. */
    private static boolean isGitDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve("HEAD"), LinkOption.NOFOLLOW_LINKS)
                && (Files.isDirectory(dir.resolve("objects"), LinkOption.NOFOLLOW_LINKS)
                    || Files.isRegularFile(dir.resolve("commondir"), LinkOption.NOFOLLOW_LINKS));
    }

    private static Path root(List<Path> roots, Path gitDirectory) {
        return roots.stream().filter(gitDirectory::startsWith).findFirst().orElse(gitDirectory);
    }

    private void audit(Path gitDirectory, FileTime start, Path root, List<String> report) throws IOException {
        if (!gitDirectory.toRealPath().equals(gitDirectory)) {
            report.add(gitDirectory + ": not audited: it is reached through a symbolic link");
            return;
        }
        boolean fresh = changedSince(gitDirectory.resolve("HEAD"), start);
        for (String name : CONFIGURATIONS) {
            Path config = gitDirectory.resolve(name);
            if (Files.exists(config, LinkOption.NOFOLLOW_LINKS) && (fresh || changedSince(config, start))) {
                sanitize(config, worktreeWithin(gitDirectory, root), report);
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

    /** A submodule's worktree is a directory of the same writable root, named without leaving it. */
    private static Predicate<String> worktreeWithin(Path gitDirectory, Path root) {
        return value -> {
            try {
                return gitDirectory.resolve(value).normalize().startsWith(root);
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        };
    }

    private void sanitize(Path config, Predicate<String> safeWorktree, List<String> report) throws IOException {
        if (!Files.isRegularFile(config, LinkOption.NOFOLLOW_LINKS)) {
            report.add(config + " (not a regular file) moved to " + moveToQuarantine(config));
            return;
        }
        String text;
        try (var in = Files.newInputStream(config, LinkOption.NOFOLLOW_LINKS)) {
            text = new String(in.readNBytes(MAX_CONFIG_BYTES + 1), StandardCharsets.UTF_8);
        }
        GitConfigSanitizer.Result result = text.length() > MAX_CONFIG_BYTES
                ? new GitConfigSanitizer.Result("", List.of("(larger than " + MAX_CONFIG_BYTES + " bytes)"))
                : GitConfigSanitizer.sanitize(text, safeWorktree);
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
