package cco.adapter.hostfiles;

import cco.domain.port.Quarantine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One quarantine directory per cco run, made on first use below cco's quarantine (0700), named by
 * the time and a random suffix, with a list of what was taken and where it is ({@code taken},
 * NUL-separated pairs). Things are only ever renamed, never copied and deleted: a copy walks a
 * tree by path, and a session still running in the same project could swap a directory of it
 * for a link meanwhile, so that deleting the source deleted the user's files. Where the
 * quarantine is on another file system, the path is renamed in place instead, with a suffix no
 * program reads ({@code .vscode} becomes {@code .vscode.cco-quarantined-TIME}).
 */
public final class QuarantineDirectory implements Quarantine {
    private static final String TAKEN = "taken";
    private static final String IN_PLACE = ".cco-quarantined-";
    private final Path base;
    private Path directory;

    /** @param base cco's quarantine, for example ~/.local/state/cco/quarantine */
    public QuarantineDirectory(Path base) {
        this.base = base;
    }

    @Override
    public Path take(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(path.toString());
        }
        // A linked parent (a .claude the session made a link to ~/.claude) would move the user's own file.
        if (!path.getParent().toRealPath().equals(path.getParent())) {
            throw new IOException(path.getParent() + " is a symbolic link or reached through one; nothing was moved");
        }
        Path target = directory().resolve(path.toString().substring(1));
        Files.createDirectories(target.getParent());
        try {
            Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException anotherFileSystem) {
            target = path.resolveSibling(path.getFileName() + IN_PLACE + Instant.now().toString().replace(':', '-'));
            Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.write(directory().resolve(TAKEN), (path + "\0" + target + "\0").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return target;
    }

    @Override
    public List<Kept> kept() {
        List<Kept> kept = new ArrayList<>();
        if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) {
            return kept;
        }
        try (Stream<Path> runs = Files.list(base)) {
            for (Path run : runs.filter(run -> Files.isRegularFile(run.resolve(TAKEN), LinkOption.NOFOLLOW_LINKS)).toList()) {
                Instant when = Files.getLastModifiedTime(run).toInstant();
                String[] fields = new String(Files.readAllBytes(run.resolve(TAKEN)), StandardCharsets.UTF_8).split("\0");
                for (int i = 0; i + 1 < fields.length; i += 2) {
                    Path copy = Path.of(fields[i + 1]);
                    if (fields[i].startsWith("/") && Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                        kept.add(new Kept(Path.of(fields[i]), copy, when));
                    }
                }
            }
        } catch (IOException e) {
            return kept;
        }
        kept.sort(Comparator.comparing(Kept::when).reversed());
        return kept;
    }

    @Override
    public Path restore(Path original) throws IOException {
        Kept newest = kept().stream().filter(entry -> entry.original().equals(original)).findFirst()
                .orElseThrow(() -> new NoSuchFileException(original + " is not in cco's quarantine"));
        if (Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(original + " exists; move it away first");
        }
        Path parent = original.getParent();
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS) || !parent.toRealPath().equals(parent)) {
            throw new IOException(parent + " is not a directory of its own (a symbolic link, or gone)");
        }
        Files.move(newest.copy(), original, StandardCopyOption.ATOMIC_MOVE);
        return newest.copy();
    }

    private Path directory() throws IOException {
        if (directory == null) {
            Files.createDirectories(base);
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwx------"));
            directory = Files.createTempDirectory(base, Instant.now().toString().replace(':', '-') + "-");
        }
        return directory;
    }
}
