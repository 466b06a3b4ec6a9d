package cco.adapter.bubblewrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableSearchTest {

    private static Path executable(Path file) throws IOException {
        return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    @Test
    void findsTheFirstExecutableAndSkipsNonExecutableFiles(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        Files.createFile(first.resolve("tool"));
        Path tool = executable(second.resolve("tool"));
        assertEquals(Optional.of(tool), ExecutableSearch.inDirectories("tool", first + ":" + second));
        assertEquals(Optional.empty(), ExecutableSearch.inDirectories("other", first + ":" + second));
    }

    @Test
    void relativeAndEmptyPathEntriesAreIgnored(@TempDir Path dir) throws IOException {
        Path relative = Files.createDirectory(dir.resolve("bin"));
        executable(relative.resolve("tool"));
        assertEquals(Optional.empty(), ExecutableSearch.inDirectories("tool", "::bin:."));
    }

    @Test
    void systemDirectoriesWinOverPath(@TempDir Path dir) throws IOException {
        executable(dir.resolve("true"));
        Path found = ExecutableSearch.inDirectories("true", ExecutableSearch.SYSTEM_DIRECTORIES + ":" + dir).orElseThrow();
        assertTrue(found.startsWith("/usr/bin") || found.startsWith("/bin"), found.toString());
    }

    @Test
    void aProgramOnlyOnPathIsFound(@TempDir Path dir) throws IOException {
        Path tool = executable(dir.resolve("cco-test-only-tool"));
        assertEquals(Optional.of(tool), ExecutableSearch.inDirectories("cco-test-only-tool", ExecutableSearch.SYSTEM_DIRECTORIES + ":" + dir));
        assertEquals(Optional.empty(), ExecutableSearch.inDirectories("cco-test-only-tool", ExecutableSearch.SYSTEM_DIRECTORIES));
    }
}
