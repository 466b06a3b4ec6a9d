package cco.domain.update;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a release archive may hold: everything under its one top directory, by relative names
 * without '..', and, once unpacked, only directories, regular files and symbolic links that stay
 * inside that directory (jlink links duplicate legal notices).
 */
public final class ArchiveMembers {

    private ArchiveMembers() {
    }

    /** One unpacked file: its path relative to the unpacked tree, its kind, and a link's target. */
    public record Member(String path, Kind kind, String linkTarget) {
    }

    public enum Kind { DIRECTORY, REGULAR_FILE, SYMBOLIC_LINK, OTHER }

    /** The names the archive lists (tar -t), checked before anything is unpacked. */
    public static void checkNames(List<String> names, String top) {
        if (names.isEmpty()) {
            throw refused("it is empty");
        }
        for (String name : names) {
            // tar escapes unusual characters with a backslash; a release has none.
            if (name.startsWith("/") || name.contains("\\") || !(name.equals(top + "/") || name.startsWith(top + "/"))
                    || List.of(name.split("/")).contains("..")) {
                throw refused("it holds '" + name + "', which is not a plain name under " + top + "/");
            }
        }
        // tar lists directories with a trailing slash: anything else below another name is written through a link or over a file.
        Set<String> notDirectories = names.stream().filter(name -> !name.endsWith("/")).collect(Collectors.toSet());
        for (String name : names) {
            for (int slash = name.indexOf('/'); slash > 0 && slash < name.length() - 1; slash = name.indexOf('/', slash + 1)) {
                if (notDirectories.contains(name.substring(0, slash))) {
                    throw refused("it holds '" + name + "' below '" + name.substring(0, slash) + "', which is not a directory");
                }
            }
        }
    }

    /** The unpacked tree, checked before it is used: links may not leave the top directory, nothing but files, directories and links. */
    public static void checkTree(List<Member> members, String top) {
        Path topDirectory = Path.of(top);
        for (Member member : members) {
            Path path = Path.of(member.path()).normalize();
            if (!path.startsWith(topDirectory) || path.isAbsolute()) {
                throw refused("it unpacked '" + member.path() + "' outside " + top + "/");
            }
            if (member.kind() == Kind.OTHER) {
                throw refused("it holds '" + member.path() + "', which is not a plain file, directory or symbolic link");
            }
            if (member.kind() == Kind.SYMBOLIC_LINK) {
                Path parent = path.getParent() == null ? Path.of("") : path.getParent();
                Path target = parent.resolve(member.linkTarget()).normalize();
                if (Path.of(member.linkTarget()).isAbsolute() || !target.startsWith(topDirectory)) {
                    throw refused("its link '" + member.path() + "' points out of " + top + "/, to " + member.linkTarget());
                }
            }
        }
    }

    private static CcoException refused(String why) {
        return new CcoException(FailureKind.UPDATE_UNVERIFIED, "the release archive is refused: " + why);
    }
}
