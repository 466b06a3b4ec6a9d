package cco.adapter.agentstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.launch.PrivateCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaudeStateVaultTest {
    private static final Path PROJECT = Path.of("/home/ada/project");
    @TempDir
    Path home;

    @Test
    void aSessionWorksOnAPrivateCopyAndOnlySafeChangesComeBack() throws IOException {
        Path hostFile = Files.writeString(home.resolve(".claude.json"), "{\"numStartups\":1,\"mcpServers\":{}}");
        ClaudeStateVault vault = new ClaudeStateVault(home.resolve(".local/state/cco"));
        PrivateCopy copy = vault.isolate(hostFile, PROJECT);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.sessionDirectory())));
        Files.writeString(copy.copy(), "{\"numStartups\":2,\"mcpServers\":{\"x\":{\"command\":\"sh\"}}}");
        assertEquals("{\"numStartups\":1,\"mcpServers\":{}}", Files.readString(hostFile), "the host file is untouched during the session");

        List<String> refused = vault.mergeBack(copy.sessionDirectory(), hostFile);

        assertEquals(List.of("mcpServers"), refused);
        String merged = Files.readString(hostFile);
        assertTrue(merged.contains("\"numStartups\" : 2"), merged);
        assertFalse(merged.contains("\"x\""), merged);
        try (var backups = Files.list(home.resolve(".local/state/cco/backups"))) {
            assertEquals(1, backups.count(), "the previous file was backed up");
        }
    }

    @Test
    void aMissingStateFileStartsEmptySoThatTheFirstSessionIsIsolatedToo() throws IOException {
        Path hostFile = home.resolve(".claude.json");
        PrivateCopy copy = new ClaudeStateVault(home.resolve("state")).isolate(hostFile, PROJECT);
        assertEquals("{}", Files.readString(hostFile));
        assertEquals("{}", Files.readString(copy.copy()));
    }

    @Test
    void aLinkedStateFileIsUpdatedWhereItLives() throws IOException {
        Path real = Files.writeString(home.resolve("dotfiles-claude.json"), "{\"numStartups\":1}");
        Path link = Files.createSymbolicLink(home.resolve(".claude.json"), real);
        ClaudeStateVault vault = new ClaudeStateVault(home.resolve("state"));
        PrivateCopy copy = vault.isolate(link, PROJECT);
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
        PrivateCopy copy = vault.isolate(hostFile, PROJECT);
        assertFalse(Files.readString(copy.copy()).contains("secret"), Files.readString(copy.copy()));
        Files.writeString(copy.copy(), "{\"projects\":{\"/home/ada/project\":{\"lastCost\":2}}}");
        assertEquals(List.of(), vault.mergeBack(copy.sessionDirectory(), hostFile));
        String merged = Files.readString(hostFile);
        assertTrue(merged.contains("token=abc") && merged.contains("\"lastCost\" : 2"), merged);
    }
}
