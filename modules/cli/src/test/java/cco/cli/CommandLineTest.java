package cco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.session.Platform;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a user meets it. The host is a Linux machine taken for a macOS one, so no
 * backend is usable (no sandbox-exec, no Docker socket) and these tests do not depend on what is
 * installed; real backends are probed in their adapters' tests.
 */
class CommandLineTest {
    @TempDir
    Path home;
    Path project;
    final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void hostWithoutBackends() throws IOException {
        project = Files.createDirectories(home.resolve("project"));
        environment.put("DOCKER_HOST", "unix://" + home.resolve("no-docker.sock"));
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String program : new String[] {"claude", "codex", "python3", "bash", "sh", "ls"}) {
            Files.createFile(bin.resolve(program), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        }
        environment.put("PATH", bin.toString());
    }

    private CliRun cco(String... args) {
        return CliRun.run(Platform.MACOS, environment, home, project, args);
    }

    private static void assertOneLineUsageError(CliRun run, String expectedFragment) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("cco: "), run.err());
        assertTrue(run.err().contains(expectedFragment), run.err());
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = cco("--version");
        assertEquals(0, run.exitCode());
        assertEquals("cco " + BuildVersion.VERSION + System.lineSeparator(), run.out());
    }

    @Test
    void helpShowsTheSubcommandsOptionsAndExitCodes() {
        CliRun run = cco("--help");
        assertEquals(0, run.exitCode());
        for (String expected : new String[] {"--add-dir=PATH[:ro|:rw]", "--deny-path", "codex", "gemini", "opencode", "droid", "pi", "omp",
                "auto", "--claude-command", "restore-creds",
                "Exit codes:", "125", "127"}) {
            assertTrue(run.out().contains(expected), expected);
        }
    }

    @Test
    void unknownArgumentsGoToClaudeUnchangedAndInOrder() {
        CliRun run = cco("--dry-run", "--resume", "--model", "opus", "-p", "fix @notes.md", "--safe", "codex", "a b");
        assertEquals("agent:       claude --dangerously-skip-permissions --resume --model opus -p 'fix @notes.md' --safe codex 'a b'",
                run.line("agent:"));
        assertTrue(run.out().contains("read-only   /  "), "--safe went to claude, so the host stays read-only");
    }

    @Test
    void doubleDashEndsCcosOptions() {
        assertEquals("agent:       claude --dangerously-skip-permissions --version --dry-run",
                cco("--dry-run", "--", "--version", "--dry-run").line("agent:"));
    }

    @Test
    void ccoOptionsBeforeTheAgentArgumentsApply() {
        CliRun run = cco("--dry-run", "--safe", "--permission-mode", "plan");
        assertEquals("agent:       claude --permission-mode plan", run.line("agent:"));
        assertTrue(run.out().contains("denied      " + home), run.out());
    }

    @Test
    void codexTakesEveryFollowingWordIncludingHelp() {
        assertEquals("agent:       codex --dangerously-bypass-approvals-and-sandbox --help --safe",
                cco("--dry-run", "codex", "--help", "--safe").line("agent:"));
    }

    @Test
    void everyAgentRunsByNameWithItsOwnPolicy() {
        assertEquals("agent:       gemini --yolo --help", cco("--dry-run", "gemini", "--help").line("agent:").replace("  (not found on PATH)", ""));
        assertEquals("agent:       opencode --auto run hi", cco("--dry-run", "opencode", "run", "hi").line("agent:").replace("  (not found on PATH)", ""));
        for (String plain : new String[] {"droid", "pi", "omp"}) {
            assertEquals("agent:       " + plain + " --version", cco("--dry-run", plain, "--version").line("agent:").replace("  (not found on PATH)", ""));
        }
    }

    @Test
    void autoGivesTheNamedAgentItsAskingModeAndEverythingElseToClaude() {
        assertEquals("agent:       codex --ask-for-approval on-request --sandbox danger-full-access exec hi",
                cco("--dry-run", "auto", "codex", "exec", "hi").line("agent:"));
        assertEquals("agent:       claude --permission-mode auto -p hi", cco("--dry-run", "auto", "-p", "hi").line("agent:"));
        assertEquals("agent:       claude --permission-mode auto --resume", cco("--dry-run", "auto", "claude", "--resume").line("agent:"));
        assertEquals("agent:       claude --permission-mode auto", cco("--dry-run", "auto").line("agent:"));
    }

    @Test
    void claudeRunsThroughTheUsersCommandLineForIt() {
        environment.put("CCO_CLAUDE_COMMAND", "bash -x");
        assertEquals("agent:       bash -x --dangerously-skip-permissions -p hi", cco("--dry-run", "-p", "hi").line("agent:"));
        assertEquals("agent:       '/opt/my router/ccr' code --permission-mode auto  (not found on PATH)",
                cco("--dry-run", "--claude-command", "'/opt/my router/ccr' code", "auto").line("agent:"), "the option before the variable");
        assertEquals("agent:       codex --dangerously-bypass-approvals-and-sandbox", cco("--dry-run", "codex").line("agent:"), "Claude's only");
        assertOneLineUsageError(cco("--dry-run", "--claude-command", "ccr 'code"), "--claude-command: unterminated '");
        environment.put("CCO_CLAUDE_COMMAND", "ccr \\");
        assertOneLineUsageError(cco("--dry-run"), "$CCO_CLAUDE_COMMAND: the command line ends with a backslash");
    }

    @Test
    void commandTakesTheProgramAndEveryFollowingWord() {
        CliRun run = cco("--dry-run", "--command", "python3", "-", "--safe", "--dry-run");
        assertEquals("agent:       python3 - --safe --dry-run", run.line("agent:"));
        assertEquals("agent:       sh -c 'echo hi'", cco("--dry-run", "--command=sh", "-c", "echo hi").line("agent:"));
    }

    @Test
    void shellRunsBashOrItsWordsAsOneCommandLine() {
        assertEquals("agent:       bash", cco("--dry-run", "shell").line("agent:"));
        assertEquals("agent:       bash -c 'ls -la'", cco("--dry-run", "shell", "ls", "-la").line("agent:"));
        assertEquals("agent:       bash -c 'make test && echo ok'", cco("--dry-run", "shell", "make test && echo ok").line("agent:"));
    }

    @Test
    void dryRunPrintsTheEffectivePolicyWithResolvedPaths() throws IOException {
        Path shared = Files.createDirectories(home.resolve("shared"));
        Files.createSymbolicLink(home.resolve("link"), shared);
        CliRun run = cco("--dry-run", "--add-dir", "~/link:ro", "--deny-path", "~/.ssh", "-e", "FOO=bar");
        assertTrue(run.out().contains("read-only   " + shared.toRealPath()), run.out());
        assertTrue(run.out().contains("denied      " + home.toRealPath().resolve(".ssh")), run.out());
        assertTrue(run.out().contains("read-write  " + project.toRealPath() + " "), run.out());
        assertTrue(run.out().contains("read-only   " + project.toRealPath().resolve(".git/hooks")), run.out());
        assertTrue(run.line("environment:").contains(" FOO "), run.out());
        assertFalse(run.out().contains("bar"), "values of -e are not printed");
    }

    @Test
    void dryRunSaysWhoseTerminalTheAgentGets() {
        assertEquals("terminal:    yours, handed to the agent", cco("--dry-run").line("terminal:"));
        assertEquals("terminal:    a private pseudo-terminal relayed by cco (--pty), when stdin and stdout are terminals",
                cco("--dry-run", "--pty").line("terminal:"));
    }

    @Test
    void dryRunReportsEveryRejectedBackendAndExitsLikeTheRunWould() {
        CliRun run = cco("--dry-run");
        assertEquals(125, run.exitCode());
        assertTrue(run.out().contains("backend:     none usable for --backend auto"), run.out());
        assertTrue(run.out().contains("rejected   native (Seatbelt): /usr/bin/sandbox-exec is missing"), run.out());
        assertTrue(run.out().contains("rejected   docker: no Docker daemon answers"), run.out());
    }

    @Test
    void withoutAUsableBackendCcoRefusesToRunInOneLine() {
        CliRun run = cco("--backend", "native", "-p", "hi");
        assertEquals(125, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("cco: no sandbox backend is usable (--backend native): native (Seatbelt): /usr/bin/sandbox-exec is missing"), run.err());
    }

    @Test
    void selfUpdateWithoutASourceIsAUsageError() {
        assertOneLineUsageError(cco("self-update"), "no update source; pass --from SOURCE, set CCO_UPDATE_SOURCE, or add \"updateSource\" to your configuration");
    }

    @Test
    void selfUpdateOutsideAnInstalledBundleSaysSoWithItsOwnExitCode() {
        CliRun run = cco("self-update", "--from", project.toString());
        assertEquals(6, run.exitCode(), run.err());
        assertEquals("cco: self-update: this cco was not started by an installed launcher, so there is no installation to update"
                + System.lineSeparator(), run.err());
    }

    @Test
    void onlyHttpsUrlsAreUpdateSources() {
        environment.put("CCO_UPDATE_SOURCE", "http://example.com/releases/cco-0.2.0-linux-x86_64.tar.gz");
        assertOneLineUsageError(cco("self-update"), "only https:// URLs or local paths can be update sources");
    }

    @Test
    void rollbackTakesNoSource() {
        assertOneLineUsageError(cco("self-update", "--rollback", "--from", project.toString()), "it takes no --from");
    }

    @Test
    void infoReportsCredentialsWithoutTheirValues() throws IOException {
        environment.put("ANTHROPIC_API_KEY", "sk-ant-secret-value");
        environment.put("GEMINI_API_KEY", "gemini-secret-value");
        Files.createDirectories(home.resolve(".gemini"));
        Files.writeString(home.resolve(".gemini/oauth_creds.json"), "{\"access_token\":\"gemini-oauth-secret-value\"}");
        Files.createDirectories(home.resolve(".claude"));
        Files.writeString(home.resolve(".claude/.credentials.json"),
                "{\"claudeAiOauth\":{\"accessToken\":\"oauth-secret-value\",\"expiresAt\":1700000000000}}");
        Files.writeString(home.resolve(".claude.json"), "{\"oauthAccount\":{\"emailAddress\":\"ada@example.com\"}}");
        environment.put("DOCKER_HOST", "unix://" + home.resolve("no-docker.sock"));
        CliRun run = cco("info");
        assertEquals(125, run.exitCode(), "no backend is usable here (macOS without sandbox-exec, no Docker daemon): " + run.err());
        assertTrue(run.out().contains("claude: $ANTHROPIC_API_KEY: found"), run.out());
        assertTrue(run.out().contains("claude: " + home.resolve(".claude/.credentials.json")
                + ": found (account ada@example.com, expired 2023-11-14T22:13:20Z)"), run.out());
        assertTrue(run.out().contains("warning: the Claude Code OAuth token expired at 2023-11-14T22:13:20Z"), run.out());
        assertTrue(run.out().contains("codex: $OPENAI_API_KEY: not found"), run.out());
        assertTrue(run.out().contains("  gemini: not installed") && run.out().contains("  omp: not installed"), run.out());
        assertTrue(run.out().contains("gemini: $GEMINI_API_KEY: found") && run.out().contains("pi: $GEMINI_API_KEY: found"), run.out());
        assertFalse(run.out().contains("$GROQ_API_KEY"), "another agent's provider keys are listed only when set: " + run.out());
        assertTrue(run.out().contains("gemini: " + home.resolve(".gemini/oauth_creds.json") + ": found"), run.out());
        assertTrue(run.out().contains("opencode: " + home.resolve(".local/share/opencode/auth.json") + ": not found"), run.out());
        assertTrue(run.out().contains("native (Seatbelt): unusable: /usr/bin/sandbox-exec is missing"), run.out());
        assertFalse(run.out().contains("secret-value"));
        assertEquals(run.out(), cco("--info").out());
    }

    @Test
    void infoAsJsonHasTheDocumentedShape() throws IOException {
        environment.put("DOCKER_HOST", "unix://" + home.resolve("no-docker.sock"));
        environment.put("OPENAI_API_KEY", "sk-secret-value");
        CliRun run = cco("info", "--json");
        assertEquals(125, run.exitCode(), run.err());
        JsonNode info = new ObjectMapper().readTree(run.out());
        assertEquals(BuildVersion.VERSION, info.path("version").asText());
        assertEquals("macos", info.path("platform").asText());
        assertEquals(List.of("seatbelt", "docker"), List.of(info.path("backends").get(0).path("kind").asText(), info.path("backends").get(1).path("kind").asText()));
        assertTrue(info.path("backends").get(0).path("native").asBoolean());
        assertFalse(info.path("backends").get(1).path("usable").asBoolean());
        assertTrue(info.path("backends").get(1).path("fix").asText().contains("start the Docker daemon"), run.out());
        assertTrue(info.path("autoBackend").isNull(), run.out());
        assertEquals(List.of("claude", "codex", "gemini", "opencode", "droid", "pi", "omp"), info.path("agents").findValuesAsText("name"));
        assertTrue(info.path("agents").get(2).path("version").isNull(), run.out());
        assertTrue(info.path("credentials").findValuesAsText("source").contains("$OPENAI_API_KEY"), run.out());
        assertFalse(run.out().contains("secret-value"));
    }

    @Test
    void completionPrintsTheScriptOfTheShellAskedForBashByDefault() {
        DocumentedCommand root = DocumentedCommand.root();
        assertEquals(new CliRun(0, CompletionShell.BASH.script(root), ""), cco("completion"));
        assertEquals(new CliRun(0, CompletionShell.FISH.script(root), ""), cco("completion", "fish"));
        assertOneLineUsageError(cco("completion", "csh"), "unsupported shell 'csh' (expected bash, zsh, fish)");
    }

    @Test
    void unknownBackend() {
        assertOneLineUsageError(cco("--backend", "podman"), "unknown backend 'podman' (expected one of: auto, native, docker)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--add-dir", "--allow-readonly", "--deny-path", "--backend", "--env", "-e", "--packages", "--command"})
    void anOptionWithoutItsValue(String option) {
        String reportedName = option.equals("-e") ? "--env" : option;
        assertOneLineUsageError(cco(option), "Missing required parameter for option '" + reportedName + "'");
    }

    @Test
    void aPathOptionFollowedByAnotherOptionIsMissingItsPath() {
        assertOneLineUsageError(cco("--add-dir", "--safe"), "--add-dir");
    }

    @Test
    void emptyAndMissingPaths() {
        assertOneLineUsageError(cco("--add-dir", ""), "--add-dir needs a path");
        assertOneLineUsageError(cco("--add-dir", "~/does-not-exist"), "--add-dir: no such file or directory: ~/does-not-exist");
        assertOneLineUsageError(cco("--allow-readonly", "nope"), "--allow-readonly: no such file or directory: nope");
        assertOneLineUsageError(cco("--command", ""), "Missing required parameter for option '--command'");
    }

    @Test
    void pathsWithNewlinesAreShownEscapedOnOneLine() {
        assertOneLineUsageError(cco("--add-dir", "a\nb"), "no such file or directory: a\\nb");
    }

    @Test
    void contradictoryOptions() throws IOException {
        Files.createDirectories(home.resolve("data"));
        assertOneLineUsageError(cco("--add-dir", "~/data", "--deny-path", "~/data"), "contradictory options");
        assertOneLineUsageError(cco("--add-dir", "~/data:ro", "--add-dir", "~/data:rw"), "contradictory options");
        assertOneLineUsageError(cco("--deny-path", "."), "would hide the project directory");
        assertOneLineUsageError(cco("--backend", "native", "--rebuild"), "contradictory options");
    }

    @Test
    void invalidValues() {
        assertOneLineUsageError(cco("-e", "1X=2"), "--env: not a valid variable name: '1X'");
        assertOneLineUsageError(cco("--packages", "ripgrep,-oAPT::x"), "--packages: not a Debian package name: '-oAPT::x'");
    }

    @Test
    void dryRunSaysWhenTheAgentIsNotInstalled() {
        environment.put("PATH", "/nonexistent");
        assertEquals("agent:       claude --dangerously-skip-permissions  (not found on PATH)", cco("--dry-run").line("agent:"));
    }

    @Test
    void atFilesAreNotExpanded() throws IOException {
        Files.writeString(project.resolve("args"), "--safe");
        assertEquals("agent:       claude --dangerously-skip-permissions @args", cco("--dry-run", "@args").line("agent:"));
    }
}
