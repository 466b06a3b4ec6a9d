package cco.domain.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HostPathResolverTest {
    private final FakeHostFileSystem fs = new FakeHostFileSystem()
            .directory("/home/ada/project/src")
            .directory("/data/shared")
            .file("/home/ada/notes.txt")
            .symlink("/home/ada/link-to-data", "/data")
            .symlink("/home/ada/project/relative-link", "../notes.txt");
    private final HostPathResolver resolver = new HostPathResolver(fs, Path.of("/home/ada"), Path.of("/home/ada/project"));

    @Test
    void expandsTildeToHome() {
        assertEquals(Path.of("/home/ada/notes.txt"), resolver.existing("~/notes.txt", "--allow-readonly"));
        assertEquals(Path.of("/home/ada"), resolver.existing("~", "--add-dir"));
    }

    @Test
    void resolvesRelativePathsAgainstTheWorkingDirectory() {
        assertEquals(Path.of("/home/ada/project/src"), resolver.existing("src", "--add-dir"));
        assertEquals(Path.of("/home/ada/notes.txt"), resolver.existing("../notes.txt", "--add-dir"));
    }

    @Test
    void followsSymlinksToTheRealPath() {
        assertEquals(Path.of("/data/shared"), resolver.existing("~/link-to-data/shared", "--add-dir"));
        assertEquals(Path.of("/home/ada/notes.txt"), resolver.existing("relative-link", "--allow-readonly"));
    }

    @Test
    void aMissingPathIsAUsageErrorNamingThePathAndOption() {
        CcoException e = assertThrows(CcoException.class, () -> resolver.existing("~/nope", "--add-dir"));
        assertEquals(FailureKind.USAGE, e.kind());
        assertEquals("--add-dir: no such file or directory: ~/nope", e.getMessage());
    }

    @Test
    void anEmptyPathIsAUsageError() {
        CcoException e = assertThrows(CcoException.class, () -> resolver.possiblyMissing(" ", "--deny-path"));
        assertTrue(e.getMessage().contains("--deny-path needs a path"));
    }

    @Test
    void aMissingPathIsPlacedUnderTheRealPathOfItsDeepestExistingAncestor() {
        assertEquals(Path.of("/data/secret/key"), resolver.possiblyMissing("~/link-to-data/secret/key", "--deny-path"));
        assertEquals(Path.of("/data/x"), resolver.possiblyMissing("/data/missing/../x", "--deny-path"));
    }

    @Test
    void anExistingPathIsResolvedInFullEvenWhenMissingIsAllowed() {
        assertEquals(Path.of("/data/shared"), resolver.possiblyMissing("~/link-to-data/shared", "--deny-path"));
    }

    @Test
    void pathsWithSpacesColonsNewlinesAndLeadingDashesAreOrdinaryNames() {
        fs.directory("/home/ada/project/a b:c\nd").directory("/home/ada/project/-rf");
        assertEquals(Path.of("/home/ada/project/a b:c\nd"), resolver.existing("a b:c\nd", "--add-dir"));
        assertEquals(Path.of("/home/ada/project/-rf"), resolver.existing("-rf", "--add-dir"));
    }

    @Test
    void aNulCharacterIsRejectedWithoutEchoingIt() {
        CcoException e = assertThrows(CcoException.class, () -> resolver.existing("a\0b", "--add-dir"));
        assertEquals("--add-dir: not a valid path: a\\0b", e.getMessage());
    }
}
