package cco.adapter.hostfiles;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** cco's stores of toolchain caches: what is there, how large, and emptying them. Links are never followed. */
public final class CacheStores {

    public List<String> names(Path stores) {
        if (!Files.isDirectory(stores, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(stores)) {
            return entries.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).map(path -> path.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Bytes of the regular files below {@code store}. */
    public long size(Path store) {
        long[] total = {0};
        try {
            Files.walkFileTree(store, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    total[0] += attributes.isRegularFile() ? attributes.size() : 0;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return total[0];
        }
        return total[0];
    }

    /** Removes every store, children first; a directory made unwritable inside is made writable to be removed. */
    public void empty(Path stores) throws IOException {
        if (!Files.isDirectory(stores, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!stores.toRealPath().equals(stores)) {
            throw new IOException(stores + " is reached through a symbolic link; nothing was removed");
        }
        DirectoryTree.delete(stores);
    }
}
