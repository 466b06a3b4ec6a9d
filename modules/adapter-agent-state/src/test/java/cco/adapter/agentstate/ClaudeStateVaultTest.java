package cco.adapter.agentstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.failure.CcoException;
import cco.domain.launch.PrivateCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaudeStateVaultTest {
    private static final Path PROJECT = Path.of("/home/ada/project");

    @TempDir
    Path home;

    private PrivateCopy isolate(ClaudeStateVault vault, Path hostFile) {
        try {
            Path session = Files.createTempDirectory(Files.createDirectories(home.resolve("sessions")), "session-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return vault.isolate(session, hostFile, PROJECT, home.resolve(".claude"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSessionWorksOnAPrivateCopyInItsOwnHomeAndOnlySafeChangesComeBack() throws IOException {
        Path hostFile = Files.writeString(home.resolve(".claude.json"), "{\"numStartups\":1,\"mcpServers\":{}}");
        ClaudeStateVault vault = new ClaudeStateVault(home.resolve(".local/state/cco"));
        PrivateCopy copy = isolate(vault, hostFile);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.sessionDirectory())));
        assertEquals(copy.homeSource().resolve(".claude.json"), copy.copy(), "Claude finds it in its home (CLAUDE_CONFIG_DIR)");
        Files.writeString(copy.copy(), "{\"numStartups\":2,\"mcpServers\":{\"x\":{\"command\":\"sh\"}}}");
        assertEquals("{\"numStartups\":1,\"mcpServers\":{}}", Files.readString(hostFile), "the host file is untouched during the session");

        List<String> refused = vault.mergeBack(copy.sessionDirectory(), hostFile);

        assertEquals(List.of("mcpServers"), refused);
        String merged = Files.readString(hostFile);
        assertTrue(merged.contains("\"numStartups\" : 2"), merged);
        assertFalse(merged.contains("\"x\""), merged);
        assertFalse(Files.exists(home.resolve(".claude.json.lock")), "the lock is released");
        try (var backups = Files.list(home.resolve(".local/state/cco/backups"))) {
            assertEquals(1, backups.count(), "the previous file was backed up");
        }
    }

    @Test
    void aMissingStateFileIsNotCreatedTheSessionStartsFromAnEmptyOne() throws IOException {
        Path hostFile = home.resolve(".claude.json");
        PrivateCopy copy = isolate(new ClaudeStateVault(home.resolve("state")), hostFile);
        assertFalse(Files.exists(hostFile));
        assertEquals("{}", Files.readString(copy.copy()));
    }

    @Test
    void aLinkedStateFileIsUpdatedWhereItLives() throws IOException {
        Path real = Files.writeString(home.resolve("dotfiles-claude.json"), "{\"numStartups\":1}");
        Path link = Files.createSymbolicLink(home.resolve(".claude.json"), real);
        ClaudeStateVault vault = new ClaudeStateVault(home.resolve("state"));
        PrivateCopy copy = isolate(vault, link);
        Files.writeString(copy.copy(), "{\"numStartups\":2}");
        vault.mergeBack(copy.sessionDirectory(), link);
        assertTrue(Files.isSymbolicLink(link), "the user's link is kept");
        assertTrue(Files.readString(real).contains("\"numStartups\" : 2"));
    }

    @Test
    void theCopyShowsOnlyThisProjectAndTheOthersSurviveTheMerge() throws IOException {
        Path hostFile = Files.writeString(home.resolve(".claude.json"),
                "{\"projects\":{\"/home/ada/project\":{\"lastCost\":1},\"/home/ada/secret\":{\"history\":[\"token=abc\"]}}}");
        ClaudeStateVault vault = new ClaudeStateVault(home.resolve("state"));
        PrivateCopy copy = isolate(vault, hostFile);
        assertFalse(Files.readString(copy.copy()).contains("secret"), Files.readString(copy.copy()));
        Files.writeString(copy.copy(), "{\"projects\":{\"/home/ada/project\":{\"lastCost\":2}}}");
        assertEquals(List.of(), vault.mergeBack(copy.sessionDirectory(), hostFile));
        String merged = Files.readString(hostFile);
        assertTrue(merged.contains("token=abc") && merged.contains("\"lastCost\" : 2"), merged);
    }

    @Test
    void aLinkPlantedInPlaceOfTheCopyIsNotFollowed() throws IOException {
        Path hostFile = Files.writeString(home.resolve(".claude.json"), "{}");
        Path secret = Files.writeString(home.resolve("id_rsa"), "{\"numStartups\":99}");
        ClaudeStateVault vault = new ClaudeStateVault(home.resolve("state"));
        PrivateCopy copy = isolate(vault, hostFile);
        Files.delete(copy.copy());
        Files.createSymbolicLink(copy.copy(), secret);
        assertThrows(CcoException.class, () -> vault.mergeBack(copy.sessionDirectory(), hostFile));
        assertEquals("{}", Files.readString(hostFile));
    }

    @Test
    void aStaleLockIsTakenOverAndAFreshOneWaitedFor() throws Exception {
        Path hostFile = Files.writeString(home.resolve(".claude.json"), "{\"numStartups\":1}");
        ClaudeStateVault vault = new ClaudeStateVault(home.resolve("state"));
        PrivateCopy copy = isolate(vault, hostFile);
        Files.writeString(copy.copy(), "{\"numStartups\":2}");
        Path lock = Files.createDirectory(home.resolve(".claude.json.lock"));
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(60)));
        vault.mergeBack(copy.sessionDirectory(), hostFile);
        assertTrue(Files.readString(hostFile).contains("\"numStartups\" : 2"), "a lock abandoned a minute ago does not block");

        PrivateCopy second = isolate(vault, hostFile);
        Files.writeString(second.copy(), "{\"numStartups\":3}");
        Files.createDirectory(lock);
        Thread release = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
                Files.delete(lock);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        vault.mergeBack(second.sessionDirectory(), hostFile);
        release.join();
        assertTrue(Files.readString(hostFile).contains("\"numStartups\" : 3"), "written once the holder released it");
    }
}
