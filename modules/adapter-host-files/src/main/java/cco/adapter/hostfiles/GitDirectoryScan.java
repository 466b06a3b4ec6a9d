package cco.adapter.hostfiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds other repositories' git directories below a project, breadth first and bounded: a few
 * levels deep, a few thousand directories at most, without following links or entering
 * dependency and build trees, so that the scan costs milliseconds even in a huge project.
 */
final class GitDirectoryScan {
    private static final int MAX_DEPTH = 4;
    private static final int MAX_DIRECTORIES = 4000;
    private static final Set<String> SKIPPED = Set.of("node_modules", ".venv", "venv", "target", "build", "dist", ".gradle",
            ".m2", ".cache", "vendor", "__pycache__", ".tox", ".idea", ".vscode");

    private final Path root;
    private final List<Path> found = new ArrayList<>();
    private int visited;

    GitDirectoryScan(Path root) {
        this.root = root;
    }

    List<Path> run() {
        submodules(root.resolve(".git/modules"), 0);
        Deque<Path> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty() && visited < MAX_DIRECTORIES) {
            Path dir = queue.removeFirst();
            visited++;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) || SKIPPED.contains(name)) {
                        continue;
                    }
                    if (name.equals(".git")) {
                        if (!dir.equals(root)) {
                            found.add(entry);
                        }
                    } else if (root.relativize(entry).getNameCount() < MAX_DEPTH) {
                        queue.addLast(entry);
                    }
                }
            } catch (IOException e) {
                // An unreadable directory holds nothing the sandbox could write either.
            }
        }
        return found;
    }

    /** Submodules keep their git directories under .git/modules, nested as their paths are. */
    private void submodules(Path dir, int depth) {
        if (depth > MAX_DEPTH || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))) {
            for (Path entry : entries) {
                if (Files.exists(entry.resolve("HEAD"), LinkOption.NOFOLLOW_LINKS)) {
                    found.add(entry);
                    submodules(entry.resolve("modules"), depth + 1);
                } else {
                    submodules(entry, depth + 1);
                }
            }
        } catch (IOException e) {
            // As above.
        }
    }
}
