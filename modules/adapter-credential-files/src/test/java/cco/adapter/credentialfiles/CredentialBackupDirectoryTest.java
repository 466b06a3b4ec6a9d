package cco.adapter.credentialfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.credentials.CredentialOwner;
import cco.domain.failure.CcoException;
import cco.domain.port.CredentialBackups;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialBackupDirectoryTest {
    private static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");

    @Test
    void backupsAreOwnerOnlyInADirectoryOnlyTheUserEntersAndListedNewestFirst(@TempDir Path data) {
        Path directory = data.resolve("cco/backups");
        Instant expiry = NOW.plusSeconds(3600);
        new CredentialBackupDirectory(directory, Clock.fixed(NOW, ZoneOffset.UTC)).save(CredentialOwner.CLAUDE_CODE, Samples.claude("a", expiry),
                Optional.of("ada@example.com"));
        CredentialBackupDirectory later = new CredentialBackupDirectory(directory, Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));
        Path codex = later.save(CredentialOwner.CODEX, Samples.codex("acct-1", expiry, NOW), Optional.of("acct-1"));
        Path second = later.save(CredentialOwner.CODEX, Samples.codex("acct-1", expiry, NOW), Optional.empty());

        List<CredentialBackups.Backup> listed = later.list();
        assertEquals(List.of(second, codex), listed.subList(0, 2).stream().map(CredentialBackups.Backup::file).toList());
        assertEquals(CredentialOwner.CLAUDE_CODE, listed.get(2).owner());
        assertEquals(Optional.of("ada@example.com"), listed.get(2).facts().account());
        assertEquals(Optional.of(expiry), listed.get(2).facts().expiresAt());
        assertArrayEquals(Samples.codex("acct-1", expiry, NOW), later.read(codex));
        try {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(codex)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDirectoryOthersMayEnterIsRefusedWithTheFix(@TempDir Path data) throws IOException {
        Path directory = Files.createDirectories(data.resolve("backups"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        CcoException refused = assertThrows(CcoException.class, () -> new CredentialBackupDirectory(directory, Clock.systemUTC())
                .save(CredentialOwner.CODEX, Samples.codex("a", NOW, NOW), Optional.empty()));
        assertTrue(refused.getMessage().contains("chmod 700 " + directory), refused.getMessage());
        try (var files = Files.list(directory)) {
            assertEquals(0, files.count());
        }
    }
}
