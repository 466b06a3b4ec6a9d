package cco.domain.path;

import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An in-memory host: directories, files and symlinks, resolved the way realpath(3) does. */
public final class FakeHostFileSystem implements HostFileSystem {
    private static final Path ROOT = Path.of("/");
    private final Set<Path> directories = new HashSet<>(Set.of(ROOT));
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> executables = new HashSet<>();
    private final Map<Path, String> contents = new HashMap<>();
    private final Map<Path, Path> symlinks = new HashMap<>();

    public FakeHostFileSystem directory(String path) {
        for (Path p = Path.of(path); p != null; p = p.getParent()) {
            directories.add(p);
        }
        return this;
    }

    public FakeHostFileSystem file(String path) {
        Path p = Path.of(path);
        directory(p.getParent().toString());
        files.add(p);
        return this;
    }

    public FakeHostFileSystem file(String path, String content) {
        file(path);
        contents.put(Path.of(path), content);
        return this;
    }

    public FakeHostFileSystem executable(String path) {
        file(path);
        executables.add(Path.of(path));
        return this;
    }

    public FakeHostFileSystem symlink(String link, String target) {
        Path p = Path.of(link);
        directory(p.getParent().toString());
        symlinks.put(p, Path.of(target));
        return this;
    }

    @Override
    public Optional<Path> realPath(Path absolutePath) {
        return resolve(absolutePath, 0);
    }

    private Optional<Path> resolve(Path absolutePath, int depth) {
        if (depth > 40) {
            return Optional.empty();
        }
        Path current = ROOT;
        for (Path name : absolutePath) {
            String component = name.toString();
            if (component.equals(".")) {
                continue;
            }
            if (component.equals("..")) {
                current = current.getParent() == null ? ROOT : current.getParent();
                continue;
            }
            Path candidate = current.resolve(component);
            if (symlinks.containsKey(candidate)) {
                Path target = current.resolve(symlinks.get(candidate));
                Optional<Path> resolved = resolve(target, depth + 1);
                if (resolved.isEmpty()) {
                    return Optional.empty();
                }
                current = resolved.get();
            } else if (directories.contains(candidate) || files.contains(candidate)) {
                current = candidate;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    @Override
    public boolean isDirectory(Path absolutePath) {
        return realPath(absolutePath).map(directories::contains).orElse(false);
    }

    /** Every directory named .git below the root except the root's own, and every directory under root/.git/modules that has hooks. */
    @Override
    public List<Path> nestedGitDirectories(Path root) {
        Path own = root.resolve(".git");
        return directories.stream()
                .filter(dir -> dir.startsWith(root) && !dir.equals(own)
                        && (dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                            || dir.startsWith(own.resolve("modules")) && directories.contains(dir.resolve("hooks"))))
                .sorted()
                .toList();
    }

    @Override
    public boolean isExecutableFile(Path absolutePath) {
        return realPath(absolutePath).map(executables::contains).orElse(false);
    }

    /** Follows no link: a link, a directory or a file without content is refused, as the real one would. */
    @Override
    public FileRead readOwnFile(Path absolutePath, int maxBytes) {
        if (symlinks.containsKey(absolutePath)) {
            return new FileRead.Refused("it is a symbolic link");
        }
        if (!files.contains(absolutePath)) {
            return directories.contains(absolutePath) ? new FileRead.Refused("it is not a regular file") : new FileRead.Missing();
        }
        String text = contents.getOrDefault(absolutePath, "");
        return new FileRead.Text(text.length() > maxBytes + 1 ? text.substring(0, maxBytes + 1) : text);
    }

    @Override
    public List<Entry> entries(Path directory) {
        List<Entry> entries = new ArrayList<>();
        directories.stream().filter(dir -> directory.equals(dir.getParent())).forEach(dir -> entries.add(entry(dir, Entry.Kind.DIRECTORY)));
        files.stream().filter(file -> directory.equals(file.getParent())).forEach(file -> entries.add(entry(file, Entry.Kind.FILE)));
        symlinks.keySet().stream().filter(link -> directory.equals(link.getParent())).forEach(link -> entries.add(entry(link, Entry.Kind.LINK)));
        return entries;
    }

    private static Entry entry(Path path, Entry.Kind kind) {
        return new Entry(path.getFileName().toString(), kind);
    }
}
