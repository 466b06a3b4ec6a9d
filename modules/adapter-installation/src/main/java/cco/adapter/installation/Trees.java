package cco.adapter.installation;

import cco.domain.update.ArchiveMembers;
import cco.safefiles.SafeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Directory trees walked and removed without ever following a symbolic link. */
final class Trees {
    private Trees() {
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (Path path : deepestFirst(root)) {
            Files.deleteIfExists(path);
        }
    }

    /** Forces every file and directory of a tree to disk, deepest first, the root last; links are not followed (their targets are in the tree). */
    static void sync(Path root) throws IOException {
        for (Path path : deepestFirst(root)) {
            if (!Files.isSymbolicLink(path)) {
                SafeFiles.sync(path);
            }
        }
    }

    /** A walk's trouble below the root (an unreadable directory) comes as an unchecked exception: an IOException like the rest. */
    private static List<Path> deepestFirst(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Every file under {@code root} but the root itself, by its path relative to the root. */
    static List<ArchiveMembers.Member> members(Path root) throws IOException {
        List<ArchiveMembers.Member> members = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> !path.equals(root)).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String relative = root.relativize(path).toString();
                members.add(attributes.isSymbolicLink()
                        ? new ArchiveMembers.Member(relative, ArchiveMembers.Kind.SYMBOLIC_LINK, Files.readSymbolicLink(path).toString())
                        : new ArchiveMembers.Member(relative, kind(path, attributes), null));
            }
        }
        return members;
    }

    /** A regular file with a second name is a hard link, perhaps to a file outside the tree: not a plain file. */
    private static ArchiveMembers.Kind kind(Path path, BasicFileAttributes attributes) throws IOException {
        if (attributes.isDirectory()) {
            return ArchiveMembers.Kind.DIRECTORY;
        }
        boolean single = attributes.isRegularFile() && ((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() == 1;
        return single ? ArchiveMembers.Kind.REGULAR_FILE : ArchiveMembers.Kind.OTHER;
    }
}
