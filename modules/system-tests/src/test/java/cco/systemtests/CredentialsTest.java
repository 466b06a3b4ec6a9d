package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: backup-creds, restore-creds and --allow-oauth-refresh with real files in a temporary
 * home, run as an unprivileged user through the installed bundle; faults (SIGKILL at random
 * moments, a full disk, concurrent sessions) never leave the credential file missing, empty,
 * partial or invalid.
 */
class CredentialsTest extends OnHost {
    private static final long BASE = 1_900_000_000_000L;
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"(T\\d+)\"");
    private Path credentials;
    private Path backups;

    @BeforeEach
    void claudeLoggedIn() throws IOException {
        credentials = host.write(host.home.resolve(".claude/.credentials.json"), claude("T0", BASE));
        host.write(host.home.resolve(".claude.json"), configuration("ada@example.com"));
        backups = host.home.resolve(".local/share/cco/backups");
    }

    static String claude(String token, long expiresAt) {
        return "{\"claudeAiOauth\":{\"accessToken\":\"" + token + "\",\"refreshToken\":\"R-" + token + "\",\"expiresAt\":" + expiresAt
                + ",\"scopes\":[\"user:inference\"]}}";
    }

    static String configuration(String email) {
        return "{\"numStartups\":1,\"oauthAccount\":{\"accountUuid\":\"uuid-" + email + "\",\"emailAddress\":\"" + email + "\"}}";
    }

    /** A script for the sandbox that writes Claude Code credentials with this token where the agent finds them. */
    static String refresh(String token, long expiresAt) {
        return "printf '%s' '" + claude(token, expiresAt) + "' > \"${CLAUDE_CONFIG_DIR:-$HOME/.claude}/.credentials.json\"";
    }

    private List<Path> backupFiles() throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private Set<String> tokensKept() throws IOException {
        Set<String> tokens = new TreeSet<>();
        for (Path backup : backupFiles()) {
            Matcher token = TOKEN.matcher(Files.readString(backup));
            if (token.find()) {
                tokens.add(token.group(1));
            }
        }
        return tokens;
    }

    /** The host's file is whole, valid credentials of one of the tokens ever written: never missing, empty or partial. */
    private String hostToken() throws IOException {
        assertTrue(Files.isRegularFile(credentials), "the credential file is missing");
        String content = Files.readString(credentials);
        Matcher whole = Pattern.compile("\\{\"claudeAiOauth\":\\{\"accessToken\":\"(T\\d+)\",\"refreshToken\":\"R-\\1\",\"expiresAt\":\\d+,"
                + "\"scopes\":\\[\"user:inference\"]}}").matcher(content);
        assertTrue(whole.matches(), "not whole, valid credentials: '" + content + "'");
        return whole.group(1);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void backupListAndRestoreRoundTrip() throws Exception {
        host.write(host.home.resolve(".codex/auth.json"), "{\"OPENAI_API_KEY\":\"sk-codex-SECRET\"}");
        host.asUnprivilegedUser();
        Host.Result backup = host.cco("backup-creds");
        assertEquals(0, backup.exitCode(), backup.toString());
        assertTrue(backup.out().contains("backed up the Claude Code credentials (account ada@example.com, expires "), backup.toString());
        assertTrue(backup.out().contains("backed up the Codex credentials"), backup.toString());
        assertEquals(2, backupFiles().size());
        assertEquals("rwx------", mode(backups));
        for (Path file : backupFiles()) {
            assertEquals("rw-------", mode(file), file.toString());
        }

        Host.Result list = host.cco("backup-creds", "--list");
        assertEquals(0, list.exitCode(), list.toString());
        List<String> lines = list.out().lines().toList();
        assertEquals(2, lines.size(), list.toString());
        assertTrue(lines.get(0).contains("codex-") && lines.get(0).contains("Codex"), "newest first: " + list);
        assertTrue(lines.get(1).contains("Claude Code, account ada@example.com, expires 2030-03-17T"), list.toString());
        assertFalse(list.out().contains("R-T0") || list.out().contains("SECRET"), "never a secret: " + list);

        Path claudeBackup = backupFiles().stream().filter(file -> file.getFileName().toString().startsWith("claude-code-")).findFirst().orElseThrow();
        Files.writeString(credentials, claude("T1", BASE + 1000));
        Host.Result restore = host.cco("restore-creds", "--yes", claudeBackup.toString());
        assertEquals(0, restore.exitCode(), restore.toString());
        assertEquals("T0", hostToken());
        assertEquals("rw-------", mode(credentials));
        assertTrue(tokensKept().contains("T1"), "the credentials it replaced were backed up first: " + tokensKept());
    }

    /** Backups hold every agent's credentials, old ones too: a session can neither read them nor plant one for a later restore-creds. */
    @Test
    void aSessionCanNeitherReadNorPlantBackups() throws Exception {
        host.write(host.home.resolve(".local/share/notes.txt"), "beside the backups");
        host.asUnprivilegedUser();
        Process running = host.startCco(host.project, "shell", "touch started; while [ ! -e go ]; do sleep 0.1; done; cat " + backups
                + "/*.json > seen 2>&1; cat ~/.local/share/notes.txt >> seen");
        for (int i = 0; i < 300 && !Files.exists(host.project.resolve("started")); i++) {
            Thread.sleep(100);
        }
        assertEquals(0, host.cco("backup-creds").exitCode(), "a backup taken while the session runs");
        Files.writeString(host.project.resolve("go"), "");
        assertTrue(running.waitFor(60, TimeUnit.SECONDS), "the session did not end");
        String seen = Files.readString(host.project.resolve("seen"));
        assertFalse(seen.contains("accessToken"), seen);
        assertTrue(seen.contains("beside the backups"), "positive control: the rest of ~/.local/share is readable: " + seen);
        Path backup = backupFiles().get(0);
        Host.Result read = host.cco("shell", "cat " + backup + "; ls " + backups + "; cat ~/.local/share/notes.txt");
        assertFalse(read.out().contains("accessToken") || read.out().contains(backup.getFileName().toString()), read.toString());
        assertTrue(read.out().contains("beside the backups"), "positive control: the rest of ~/.local/share is readable: " + read);

        host.environment.put("XDG_DATA_HOME", host.project.resolve("data").toString());
        Path moved = host.project.resolve("data/cco/backups");
        String plant = "mkdir -p " + moved + "; printf '%s' '" + claude("T9", BASE + 9000) + "' > " + moved.resolve("claude-code-20991231T000000Z.json");
        Host.Result beforeAnyBackup = host.cco("shell", plant + "; echo ran");
        assertTrue(beforeAnyBackup.out().contains("ran"), beforeAnyBackup.toString());
        assertFalse(host.cco("backup-creds", "--list").out().contains("20991231"), beforeAnyBackup.toString());
        assertEquals(0, host.cco("backup-creds").exitCode());
        Host.Result besideBackups = host.cco("shell", plant + "; cat " + moved + "/*; echo written > " + moved.resolveSibling("other"));
        assertFalse(besideBackups.out().contains("accessToken"), besideBackups.toString());
        assertEquals("written\n", Files.readString(moved.resolveSibling("other")), "positive control: the directory beside: " + besideBackups);
        Host.Result list = host.cco("backup-creds", "--list");
        assertEquals(1, list.out().lines().count(), "the backup cco took, nothing planted: " + list);
        assertFalse(list.out().contains("20991231"), list.toString());
    }

    @Test
    void restoreValidatesFirstAndNeverWritesThroughALink() throws Exception {
        Path invalid = host.write(host.root.resolve("invalid.json"), "{\"claudeAiOauth\":{\"accessToken\":sk-ant-SECRET}}");
        Path wrongShape = host.write(host.root.resolve("shape.json"), "{\"something\":\"else\"}");
        Path good = host.write(host.root.resolve("good.json"), claude("T5", BASE + 5000));
        Path elsewhere = host.write(host.root.resolve("elsewhere.json"), claude("T9", BASE));
        host.asUnprivilegedUser();
        for (Path refused : List.of(invalid, wrongShape)) {
            Host.Result result = host.cco("restore-creds", "--yes", refused.toString());
            assertEquals(4, result.exitCode(), result.toString());
            assertTrue(result.err().contains(refused + " holds no agent's credentials"), result.toString());
            assertFalse(result.err().contains("SECRET"), "never the value: " + result);
            assertEquals("T0", hostToken());
        }
        Host.Result positive = host.cco("restore-creds", "--yes", good.toString());
        assertEquals(0, positive.exitCode(), "positive control: " + positive);
        assertEquals("T5", hostToken());

        Files.delete(credentials);
        Files.createSymbolicLink(credentials, elsewhere);
        Host.Result link = host.cco("restore-creds", "--yes", good.toString());
        assertEquals(4, link.exitCode(), link.toString());
        assertTrue(link.err().contains("symbolic link"), link.toString());
        assertTrue(Files.isSymbolicLink(credentials));
        assertEquals(claude("T9", BASE), Files.readString(elsewhere), "what the link points at is untouched");
    }

    @Test
    void restoreAsksOnATerminalAndNeedsYesWithoutOne() throws Exception {
        Path good = host.write(host.root.resolve("good.json"), claude("T7", BASE + 7000));
        host.asUnprivilegedUser();
        Host.Result noTerminal = host.cco("restore-creds", good.toString());
        assertEquals(2, noTerminal.exitCode(), noTerminal.toString());
        assertTrue(noTerminal.err().contains("pass --yes"), noTerminal.toString());
        assertEquals("T0", hostToken());
        try (TmuxTerminal terminal = new TmuxTerminal(host, 160, 40)) {
            String restore = TestBundle.launcher() + " restore-creds " + good + "; echo \"status=$?\" > ";
            terminal.type(restore + "declined");
            terminal.awaitScreen("[y/N]");
            terminal.type("n");
            assertEquals("status=1\n", terminal.await(host.project.resolve("declined")));
            assertEquals("T0", hostToken());
            terminal.clear();
            terminal.type(restore + "confirmed");
            terminal.awaitScreen("[y/N]");
            terminal.type("y");
            assertEquals("status=0\n", terminal.await(host.project.resolve("confirmed")));
            assertEquals("T7", hostToken());
        }
    }

    @Test
    void unusableFilesAndDirectoriesFailWithOneMessageAndTheirExitCode() throws Exception {
        Files.writeString(credentials, "{\"claudeAiOauth\":");
        host.asUnprivilegedUser();
        Host.Result malformed = host.cco("backup-creds");
        assertEquals(4, malformed.exitCode(), malformed.toString());
        assertTrue(malformed.err().contains(credentials + " is not valid Claude Code credentials: not valid JSON"), malformed.toString());
        assertEquals("{\"claudeAiOauth\":", Files.readString(credentials), "unchanged");
        Host.Result info = host.cco("info");
        assertTrue(info.out().contains(credentials + ": found, but not usable"), info.toString());

        Files.writeString(credentials, claude("T0", BASE));
        assertEquals(0, host.cco("backup-creds").exitCode(), "positive control, which makes the directory");
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwxr-xr-x"));
        Host.Result open = host.cco("backup-creds");
        assertEquals(4, open.exitCode(), open.toString());
        assertTrue(open.err().contains("chmod 700 " + backups), open.toString());
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwx------"));
        assertEquals(0, host.cco("backup-creds").exitCode(), "positive control");

        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("---------"));
        Host.Result unreadable = host.cco("backup-creds");
        assertEquals(4, unreadable.exitCode(), unreadable.toString());
        assertTrue(unreadable.err().contains("cannot read " + credentials), unreadable.toString());
    }

    /** A small tmpfs in a mount namespace of the user's own (unshare), so that the test needs no root. */
    @Test
    void aFullDiskDuringRestoreLeavesTheCredentialsAsTheyWere() throws Exception {
        Path large = host.write(host.root.resolve("large.json"), claude("T3", BASE + 3000).replace("}}", ",\"padding\":\"" + "x".repeat(9000) + "\"}}"));
        host.asUnprivilegedUser();
        Host.Result full = host.run(host.project, null, "unshare", "--user", "--map-root-user", "--mount", "sh", "-c", """
                set -e
                cp "$HOME/.claude/.credentials.json" /var/tmp/$$.saved
                mount -t tmpfs -o size=12k tmpfs "$HOME/.claude"
                cp /var/tmp/$$.saved "$HOME/.claude/.credentials.json"; rm /var/tmp/$$.saved
                head -c 4000 /dev/zero > "$HOME/.claude/filler"
                set +e
                "$0" restore-creds --yes "$1"; echo "status=$?"
                cat "$HOME/.claude/.credentials.json"; echo; ls -a "$HOME/.claude"
                """, TestBundle.launcher().toString(), large.toString());
        assertTrue(full.out().contains("status=4"), full.toString());
        assertTrue(full.err().contains("No space left on device") && full.err().contains("the credentials there are unchanged"), full.toString());
        assertTrue(full.out().contains(claude("T0", BASE)), "unchanged on the full disk: " + full);
        assertFalse(full.out().contains(".cco-tmp"), "no temporary file left: " + full);
        Host.Result positive = host.cco("restore-creds", "--yes", large.toString());
        assertEquals(0, positive.exitCode(), "positive control, with room: " + positive);
    }

    @Test
    void restoreKilledAtRandomPointsNeverBreaksTheFile() throws Exception {
        Path first = host.write(host.root.resolve("first.json"), claude("T1", BASE + 1000));
        Path second = host.write(host.root.resolve("second.json"), claude("T2", BASE + 2000));
        host.asUnprivilegedUser();
        Random random = new Random(12);
        Set<String> seen = new TreeSet<>();
        for (int run = 0; run < 100; run++) {
            Process restore = host.start(host.project, "setsid", TestBundle.launcher().toString(), "restore-creds", "--yes",
                    (run % 2 == 0 ? first : second).toString());
            Thread.sleep(random.nextInt(600));
            killGroup(restore);
            seen.add(hostToken());
        }
        assertTrue(seen.contains("T1") || seen.contains("T2"), "positive control: some restores completed: " + seen);
        assertTrue(Set.of("T0", "T1", "T2").containsAll(seen), seen.toString());
    }

    private void killGroup(Process process) throws Exception {
        host.run(host.project, null, "kill", "-KILL", "--", "-" + process.pid());
        process.waitFor();
    }

    @Test
    void aRefreshedTokenReachesTheHostOnlyWithTheFlag() throws Exception {
        host.asUnprivilegedUser();
        Host.Result readOnly = host.cco("shell", refresh("T1", BASE + 1000));
        assertTrue(readOnly.err().contains("Read-only file system"), readOnly.toString());
        assertEquals("T0", hostToken());

        Host.Result refreshed = host.cco("--allow-oauth-refresh", "shell", refresh("T1", BASE + 1000));
        assertEquals(0, refreshed.exitCode(), refreshed.toString());
        assertTrue(refreshed.err().contains("the Claude Code token the agent refreshed (account ada@example.com"), refreshed.toString());
        assertEquals("T1", hostToken());
        assertEquals("rw-------", mode(credentials));
        assertTrue(tokensKept().contains("T0"), "the previous credentials were backed up: " + tokensKept());

        Host.Result older = host.cco("--allow-oauth-refresh", "shell", refresh("T2", BASE));
        assertTrue(older.err().contains("not newer than the host's"), older.toString());
        assertEquals("T1", hostToken());

        Host.Result otherAccount = host.cco("--allow-oauth-refresh", "shell", refresh("T3", BASE + 3000)
                + " && printf '%s' '" + configuration("eve@example.com") + "' > \"$CLAUDE_CONFIG_DIR/.claude.json\"");
        assertTrue(otherAccount.err().contains("another account (eve@example.com, not ada@example.com)"), otherAccount.toString());
        assertEquals("T1", hostToken());
        assertTrue(tokensKept().contains("T3"), "kept, not dropped: " + tokensKept());
    }

    /** Codex's own file, through `cco codex` with a stand-in codex that refreshes the way Codex writes auth.json. */
    @Test
    void codexRefreshesItsOwnFile() throws Exception {
        Path auth = host.write(host.home.resolve(".codex/auth.json"), codex("acct-1", "2026-12-01T00:00:00Z"));
        Path bin = host.write(host.root.resolve("bin/codex"), "#!/bin/sh\nprintf '%s' '" + codex("acct-1", "2026-12-02T00:00:00Z")
                + "' > \"${CODEX_HOME:-$HOME/.codex}/auth.json\"\n");
        bin.toFile().setExecutable(true, false);
        host.environment.put("PATH", bin.getParent() + ":" + host.environment.get("PATH"));
        host.asUnprivilegedUser();
        Host.Result result = host.cco("--allow-oauth-refresh", "codex");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains("the Codex token the agent refreshed (account acct-1"), result.toString());
        assertEquals(codex("acct-1", "2026-12-02T00:00:00Z"), Files.readString(auth));
    }

    private static String codex(String account, String lastRefresh) {
        return "{\"OPENAI_API_KEY\":null,\"tokens\":{\"id_token\":\"a.e30.b\",\"access_token\":\"opaque\",\"refresh_token\":\"r\",\"account_id\":\""
                + account + "\"},\"last_refresh\":\"" + lastRefresh + "\"}";
    }

    @Test
    void writeBackKilledAtRandomPointsNeverBreaksTheFile() throws Exception {
        host.asUnprivilegedUser();
        Random random = new Random(34);
        for (int run = 1; run <= 100; run++) {
            Process session = host.start(host.project, "setsid", TestBundle.launcher().toString(), "--allow-oauth-refresh", "shell",
                    refresh("T" + run, BASE + run * 1000L));
            Thread.sleep(random.nextInt(900));
            killGroup(session);
            hostToken();
        }
        Host.Result cleanup = host.cco("cleanup");
        assertEquals(0, cleanup.exitCode(), cleanup.toString());
        int last = Integer.parseInt(hostToken().substring(1));
        assertTrue(last > 0, "positive control: some refreshed tokens came back");
    }

    @Test
    void tenConcurrentSessionsNeverLoseTheNewestToken() throws Exception {
        host.asUnprivilegedUser();
        List<Process> sessions = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            sessions.add(host.startCco(host.project, "--allow-oauth-refresh", "shell",
                    "sleep 1; " + refresh("T" + i, BASE + i * 1000L) + "; sleep 0." + (10 - i)));
        }
        for (Process session : sessions) {
            assertEquals(0, session.waitFor());
        }
        Set<String> everywhere = new TreeSet<>(tokensKept());
        everywhere.add(hostToken());
        for (int i = 1; i <= 10; i++) {
            assertTrue(everywhere.contains("T" + i), "T" + i + " was lost: host " + hostToken() + ", backups " + tokensKept());
        }
    }
}
