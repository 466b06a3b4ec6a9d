package cco.adapter.hostfiles;

import cco.domain.port.HostFileSystem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The host's real file system, through java.nio. */
public final class NioHostFileSystem implements HostFileSystem {

    @Override
    public Optional<Path> realPath(Path absolutePath) {
        try {
            return Optional.of(absolutePath.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean isDirectory(Path absolutePath) {
        return Files.isDirectory(absolutePath);
    }

    @Override
    public List<Path> nestedGitDirectories(Path root) {
        return new GitDirectoryScan(root).run();
    }

    @Override
    public boolean isExecutableFile(Path absolutePath) {
        return Files.isRegularFile(absolutePath) && Files.isExecutable(absolutePath);
    }

    @Override
    public List<Entry> entries(Path directory) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path entry : stream) {
                entries.add(new Entry(entry.getFileName().toString(), kindOf(entry)));
            }
        } catch (IOException e) {
            return List.of();
        }
        return entries;
    }

    private static Entry.Kind kindOf(Path entry) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                return Entry.Kind.LINK;
            }
            return attributes.isDirectory() ? Entry.Kind.DIRECTORY : attributes.isRegularFile() ? Entry.Kind.FILE : Entry.Kind.OTHER;
        } catch (IOException e) {
            return Entry.Kind.OTHER;
        }
    }

    /** Checked before and after the read: the same regular file, with one name, opened without following a link. */
    @Override
    public FileRead readOwnFile(Path absolutePath, int maxBytes) {
        try {
            BasicFileAttributes before = Files.readAttributes(absolutePath, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Optional<String> refusal = refusal(absolutePath, before);
            if (refusal.isPresent()) {
                return new FileRead.Refused(refusal.get());
            }
            ByteBuffer content = ByteBuffer.allocate(maxBytes + 1);
            try (SeekableByteChannel channel = Files.newByteChannel(absolutePath, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                while (content.hasRemaining() && channel.read(content) > 0) {
                    // read up to the limit
                }
            }
            BasicFileAttributes after = Files.readAttributes(absolutePath, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!Objects.equals(before.fileKey(), after.fileKey())) {
                return new FileRead.Refused("it was replaced while cco read it");
            }
            return new FileRead.Text(new String(content.array(), 0, content.position(), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new FileRead.Missing();
        } catch (IOException e) {
            return new FileRead.Refused("it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Optional<String> refusal(Path path, BasicFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            return Optional.of("it is a symbolic link, and cco reads only a regular file of the project");
        }
        if (!attributes.isRegularFile()) {
            return Optional.of("it is not a regular file");
        }
        if (((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1) {
            return Optional.of("it has more than one name (a hard link), so it may be a file the sandbox cannot read");
        }
        return Optional.empty();
    }
}
