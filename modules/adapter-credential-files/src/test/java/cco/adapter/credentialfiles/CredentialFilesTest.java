package cco.adapter.credentialfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.credentials.CredentialDocument;
import cco.domain.credentials.CredentialOwner;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialFilesTest {
    private static final Instant EXPIRY = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path home;
    private CredentialFiles store;
    private Path claudeFile;
    private Path codexFile;

    @BeforeEach
    void store() {
        claudeFile = home.resolve(".claude/.credentials.json");
        codexFile = home.resolve(".codex/auth.json");
        store = new CredentialFiles(Map.of(CredentialOwner.CLAUDE_CODE, claudeFile, CredentialOwner.CODEX, codexFile), home.resolve(".claude.json"),
                home.resolve(".local/state/cco/credentials.lock"));
    }

    @Test
    void claudeCodesFactsComeFromItsFileAndItsAccountFromItsConfiguration() throws IOException {
        Files.createDirectories(claudeFile.getParent());
        Files.write(claudeFile, Samples.claude(Samples.SECRET, EXPIRY));
        Files.write(home.resolve(".claude.json"), Samples.claudeConfiguration("ada@example.com"));
        CredentialDocument current = store.current(CredentialOwner.CLAUDE_CODE).orElseThrow();
        assertEquals(Optional.of("ada@example.com"), current.facts().account());
        assertEquals(Optional.of(EXPIRY), current.facts().expiresAt());
        assertFalse(current.facts().describe(EXPIRY.minusSeconds(1)).contains("SECRET"));
    }

    @Test
    void codexsFactsComeFromItsTokens() {
        Instant refreshed = Instant.parse("2026-12-01T08:00:00Z");
        CredentialDocument document = store.validate(CredentialOwner.CODEX, Samples.codex("acct-1", EXPIRY, refreshed), "auth.json");
        assertEquals(Optional.of("acct-1"), document.facts().account());
        assertEquals(Optional.of(EXPIRY), document.facts().expiresAt());
        assertEquals(Optional.of(refreshed), document.facts().refreshedAt());
    }

    @Test
    void aRefusalNamesWhatIsWrongAndNeverTheValue() {
        byte[] broken = ("{\"claudeAiOauth\":{\"accessToken\":" + Samples.SECRET + "}}").getBytes(StandardCharsets.UTF_8);
        CcoException notJson = assertThrows(CcoException.class, () -> store.validate(CredentialOwner.CLAUDE_CODE, broken, "backup.json"));
        assertEquals(FailureKind.CREDENTIALS, notJson.kind());
        assertTrue(notJson.getMessage().contains("backup.json is not valid Claude Code credentials: not valid JSON (line 1"), notJson.getMessage());
        assertFalse(notJson.getMessage().contains("SECRET"), notJson.getMessage());
        CcoException wrongShape = assertThrows(CcoException.class,
                () -> store.validate(CredentialOwner.CLAUDE_CODE, Samples.codex("a", EXPIRY, EXPIRY), "auth.json"));
        assertTrue(wrongShape.getMessage().contains("no claudeAiOauth object"), wrongShape.getMessage());
        assertThrows(CcoException.class, () -> store.validate(CredentialOwner.CODEX, new byte[0], "empty"));
    }

    @Test
    void aReplacementIsOwnerOnlyAndCreatesTheAgentsHomeIfNeeded() throws IOException {
        store.replace(CredentialOwner.CODEX, Samples.codex("acct-1", EXPIRY, EXPIRY));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(codexFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(codexFile.getParent())));
        assertArrayEquals(Samples.codex("acct-1", EXPIRY, EXPIRY), Files.readAllBytes(codexFile));
    }

    @Test
    void aLinkAtTheDestinationIsNeverWrittenThrough() throws IOException {
        Files.createDirectories(claudeFile.getParent());
        Path elsewhere = Files.write(home.resolve("elsewhere"), "theirs".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(claudeFile, elsewhere);
        CcoException refused = assertThrows(CcoException.class, () -> store.replace(CredentialOwner.CLAUDE_CODE, Samples.claude("t", EXPIRY)));
        assertEquals(FailureKind.CREDENTIALS, refused.kind());
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
        assertEquals("theirs", Files.readString(elsewhere));
    }

    @Test
    void aSessionCopyIsReadOnlyAsARegularFileWithTheAccountOfTheSessionsConfiguration() throws IOException {
        Path sessionHome = Files.createDirectories(home.resolve("session/home"));
        Files.createDirectories(claudeFile.getParent());
        Files.write(claudeFile, Samples.claude("t", EXPIRY));
        Path copy = sessionHome.resolve(".credentials.json");
        Path atStart = home.resolve("session/credentials-at-start/.credentials.json");
        store.copyForSession(CredentialOwner.CLAUDE_CODE, copy, atStart).orElseThrow();
        assertArrayEquals(Files.readAllBytes(claudeFile), Files.readAllBytes(copy));
        assertArrayEquals(Files.readAllBytes(claudeFile), Files.readAllBytes(atStart));
        Files.write(sessionHome.resolve(".claude.json"), Samples.claudeConfiguration("eve@example.com"));
        assertEquals(Optional.of("eve@example.com"), store.sessionCopy(CredentialOwner.CLAUDE_CODE, copy).orElseThrow().facts().account());
        Files.delete(copy);
        Files.createSymbolicLink(copy, claudeFile);
        assertThrows(CcoException.class, () -> store.sessionCopy(CredentialOwner.CLAUDE_CODE, copy));
        Files.delete(copy);
        assertTrue(store.sessionCopy(CredentialOwner.CLAUDE_CODE, copy).isEmpty());
    }

    @Test
    void nothingIsCopiedWhenTheHostHasNoCredentials() {
        assertTrue(store.copyForSession(CredentialOwner.CODEX, home.resolve("s/codex-home/auth.json"), home.resolve("s/at-start/auth.json")).isEmpty());
        assertTrue(Files.notExists(home.resolve("s")));
    }
}
