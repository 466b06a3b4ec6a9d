package cco.adapter.bubblewrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableSearchTest {

    @Test
    void findsTheFirstExecutableAndSkipsNonExecutableFiles(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        Files.createFile(first.resolve("tool"));
        Path executable = Files.createFile(second.resolve("tool"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertEquals(Optional.of(executable), ExecutableSearch.onPath("tool", "::" + first + ":" + second));
        assertEquals(Optional.empty(), ExecutableSearch.onPath("other", first + ":" + second));
    }
}
