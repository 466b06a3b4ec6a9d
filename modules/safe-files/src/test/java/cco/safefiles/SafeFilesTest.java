package cco.safefiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @Test
    void aReplacementIsWholeOwnerOnlyAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("credentials.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        SafeFiles.replace(target, "new".getBytes(StandardCharsets.UTF_8), SafeFiles.OWNER_ONLY);
        assertEquals("new", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    /** A bundle holds read-only files (jlink's legal notices): syncing needs only to read them. */
    @Test
    void aReadOnlyFileAndADirectoryAreSynced(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("LICENSE"), "text");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        SafeFiles.sync(file);
        SafeFiles.sync(dir);
        assertEquals("text", Files.readString(file));
    }

    @Test
    void aLinkAtTheTargetIsRefusedAndWhatItPointsAtIsUntouched(@TempDir Path dir) throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere"), "theirs");
        Path link = Files.createSymbolicLink(dir.resolve("credentials.json"), elsewhere);
        IOException refused = assertThrows(IOException.class, () -> SafeFiles.replace(link, "new".getBytes(StandardCharsets.UTF_8), SafeFiles.OWNER_ONLY));
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
        assertEquals("theirs", Files.readString(elsewhere));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aNewFileNeverReplacesAnother(@TempDir Path dir) throws IOException {
        Path backup = dir.resolve("backup.json");
        SafeFiles.create(backup, "first".getBytes(StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class, () -> SafeFiles.create(backup, "second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(backup));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
    }

    @Test
    void onlyARegularFileWithinTheLimitIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("copy"), "12345");
        assertArrayEquals("12345".getBytes(StandardCharsets.UTF_8), SafeFiles.readRegularFile(file, 5));
        assertThrows(IOException.class, () -> SafeFiles.readRegularFile(file, 4));
        Path link = Files.createSymbolicLink(dir.resolve("link"), file);
        assertThrows(IOException.class, () -> SafeFiles.readRegularFile(link, 100));
    }

    @Test
    void leftoversOfAKilledReplacementGo(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("auth.json"), "kept");
        Path leftover = Files.writeString(dir.resolve(".auth.json12345.cco-tmp"), "half");
        Path unrelated = Files.writeString(dir.resolve(".other12345.cco-tmp"), "not ours");
        SafeFiles.removeLeftovers(target);
        assertTrue(Files.notExists(leftover));
        assertTrue(Files.exists(unrelated));
        assertEquals("kept", Files.readString(target));
        SafeFiles.removeLeftoversIn(dir);
        assertTrue(Files.notExists(unrelated), "in a directory of cco's own, every leftover goes");
        assertEquals("kept", Files.readString(target));
    }
}
