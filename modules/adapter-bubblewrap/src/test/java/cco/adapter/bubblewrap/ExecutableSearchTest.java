package cco.adapter.bubblewrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.adapter.hostfiles.NioHostFileSystem;
import cco.domain.session.ProgramLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host programs are found the way ProgramLocator finds them, in the directories ExecutableSearch names. */
class ExecutableSearchTest {

    private static Optional<Path> locate(String program, String directories) {
        return ProgramLocator.locate(program, directories, Path.of("/"), new NioHostFileSystem());
    }

    private static Path executable(Path file) throws IOException {
        return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    @Test
    void findsTheFirstExecutableAndSkipsNonExecutableFiles(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        Files.createFile(first.resolve("tool"));
        Path tool = executable(second.resolve("tool"));
        assertEquals(Optional.of(tool), locate("tool", first + ":" + second));
        assertEquals(Optional.empty(), locate("other", first + ":" + second));
    }

    @Test
    void relativeAndEmptyPathEntriesAreIgnored(@TempDir Path dir) throws IOException {
        Path relative = Files.createDirectory(dir.resolve("bin"));
        executable(relative.resolve("tool"));
        assertEquals(Optional.empty(), locate("tool", "::bin:."));
    }

    @Test
    void systemDirectoriesWinOverPath(@TempDir Path dir) throws IOException {
        executable(dir.resolve("true"));
        Path found = locate("true", ExecutableSearch.systemThenPath(dir.toString())).orElseThrow();
        assertTrue(found.startsWith("/usr/bin") || found.startsWith("/bin"), found.toString());
    }

    @Test
    void aProgramOnlyOnPathIsFound(@TempDir Path dir) throws IOException {
        Path tool = executable(dir.resolve("cco-test-only-tool"));
        assertEquals(Optional.of(tool), locate("cco-test-only-tool", ExecutableSearch.systemThenPath(dir.toString())));
        assertEquals(Optional.empty(), locate("cco-test-only-tool", ExecutableSearch.systemThenPath(null)));
    }
}
