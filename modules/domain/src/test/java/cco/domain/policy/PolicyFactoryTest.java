package cco.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.agent.KnownAgents;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.path.FakeHostFileSystem;
import cco.domain.path.HostPathResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyFactoryTest {
    private static final Path HOME = Path.of("/home/ada");
    private static final Path PROJECT = Path.of("/home/ada/project");
    private final FakeHostFileSystem fs = new FakeHostFileSystem()
            .directory("/home/ada/project/.git")
            .directory("/home/ada/.ssh")
            .directory("/home/ada/other")
            .directory("/data/shared/inner")
            .file("/home/ada/.gitconfig")
            .symlink("/home/ada/data-link", "/data/shared");
    private final PolicyFactory factory = new PolicyFactory(new HostPathResolver(fs, HOME, PROJECT), fs);
    private final SessionLocations locations = SessionLocations.of(PROJECT, HOME);

    private IsolationPolicy policy(PathOptions options) {
        return factory.create(options, locations, Optional.of(KnownAgents.CLAUDE), false, false, List.of());
    }

    private static PathOptions options(boolean safe, List<String> addDirs, List<String> readOnly, List<String> denied) {
        return new PathOptions(safe, addDirs, readOnly, denied);
    }

    /** A configuration a session wrote would widen the next session: read-only, even before it exists, wherever a writable root holds it. */
    @Test
    void ccosConfigurationIsReadOnlyInsideAWritableRoot() {
        Path inProject = PROJECT.resolve(".config/cco");
        SessionLocations locations = new SessionLocations(PROJECT, HOME, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(inProject), Optional.empty(), Optional.empty());
        IsolationPolicy policy = factory.create(PathOptions.none(), locations, Optional.of(KnownAgents.CLAUDE), false, false, List.of());
        assertEquals(Access.READ_ONLY, policy.accessOf(inProject.resolve("config.json")));
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve(".config/other")), "positive control: the rest of the project");
        SessionLocations usual = new SessionLocations(PROJECT, HOME, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(HOME.resolve(".config/cco")), Optional.empty(), Optional.empty());
        assertTrue(factory.create(PathOptions.none(), usual, Optional.of(KnownAgents.CLAUDE), false, false, List.of()).rules().stream()
                .noneMatch(rule -> rule.origin() == RuleOrigin.CCO_CONFIGURATION), "outside the writable roots the host's read-only view holds it");
    }

    /** Backups hold every agent's credentials: hidden wherever they are, and where a writable root holds them, even before they exist. */
    @Test
    void credentialBackupsAreHiddenAndCannotBePlantedInAWritableRoot() {
        Path inProject = PROJECT.resolve("data/cco/backups");
        SessionLocations moved = new SessionLocations(PROJECT, HOME, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(inProject), Optional.empty());
        IsolationPolicy policy = factory.create(PathOptions.none(), moved, Optional.of(KnownAgents.CLAUDE), false, false, List.of());
        assertEquals(Access.DENIED, policy.accessOf(inProject.resolve("credentials.json.20261202")));
        assertTrue(policy.rules().stream().anyMatch(rule -> rule.path().equals(inProject) && rule.mayBeMissing()),
                "a session must not create it either");
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve("data/cco/notes")), "positive control: the rest of the project");
        Path usualPlace = HOME.resolve(".local/share/cco/backups");
        SessionLocations usual = new SessionLocations(PROJECT, HOME, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(usualPlace), Optional.empty());
        IsolationPolicy usualPolicy = factory.create(PathOptions.none(), usual, Optional.of(KnownAgents.CLAUDE), false, false, List.of());
        assertEquals(Access.DENIED, usualPolicy.accessOf(usualPlace.resolve("credentials.json.20261202")), "not readable in the host's read-only view");
        assertEquals(Access.READ_ONLY, usualPolicy.accessOf(HOME.resolve(".local/share/other")), "positive control: the rest of the home");
    }

    /** A dotfiles repository in the project, linked as ~/.config: what the host runs from there, and cco's configuration, stay read-only. */
    @Test
    void homeCodeLocationsAreTakenWhereTheyReallyAreThroughLinkedParents() {
        FakeHostFileSystem linked = new FakeHostFileSystem().directory("/home/ada/project/dotfiles/git").symlink("/home/ada/.config", "/home/ada/project/dotfiles");
        PolicyFactory linkedFactory = new PolicyFactory(new HostPathResolver(linked, HOME, PROJECT), linked);
        SessionLocations locations = new SessionLocations(PROJECT, HOME, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(HOME.resolve(".config/cco")), Optional.empty(), Optional.empty());
        IsolationPolicy policy = linkedFactory.create(PathOptions.none(), locations, Optional.of(KnownAgents.CLAUDE), false, false, List.of());
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/home/ada/project/dotfiles/git/config")));
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/home/ada/project/dotfiles/cco/config.json")), "cco's configuration, before it exists");
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/home/ada/project/dotfiles/fish/config.fish")));
        assertEquals(Access.READ_WRITE, policy.accessOf(Path.of("/home/ada/project/dotfiles/notes.txt")), "positive control: the rest of the repository");
    }

    @Test
    void byDefaultTheHostIsReadOnlyAndTheProjectWritable() {
        IsolationPolicy policy = policy(PathOptions.none());
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/etc/passwd")));
        assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve(".gitconfig")));
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve("src/Main.java")));
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT));
        assertEquals(Access.PRIVATE, policy.accessOf(Path.of("/tmp/x")));
    }

    @Test
    void wellKnownSecretsAreDeniedUnlessSharedExplicitly() {
        IsolationPolicy policy = policy(PathOptions.none());
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".ssh/id_ed25519")));
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".aws/credentials")));
        assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve(".sshrc")), "positive control: a sibling name");
        IsolationPolicy shared = policy(options(false, List.of(), List.of("~/.ssh"), List.of()));
        assertEquals(Access.READ_ONLY, shared.accessOf(HOME.resolve(".ssh/id_ed25519")));
    }

    @Test
    void hostSocketsAreHiddenAndTheRuntimeDirectoryIsPrivate() {
        SessionLocations desktop = new SessionLocations(PROJECT, HOME, Map.of(), Optional.of(Path.of("/run/user/1000")),
                Optional.of(Path.of("/run/systemd/resolve/stub-resolv.conf")), Optional.of(Path.of("/home/ada/.local/share/cco")), Optional.of(Path.of("/home/ada/.local/state/cco")), Optional.empty(), Optional.empty(), Optional.of(Path.of("/run/docker.sock")));
        IsolationPolicy policy = factory.create(PathOptions.none(), desktop, Optional.of(KnownAgents.CLAUDE), false, false, List.of());
        assertEquals(Access.DENIED, policy.accessOf(Path.of("/run/docker.sock")));
        assertEquals(Access.DENIED, policy.accessOf(Path.of("/run/dbus/system_bus_socket")));
        assertEquals(Access.PRIVATE, policy.accessOf(Path.of("/run/user/1000/bus")));
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/run/systemd/resolve/stub-resolv.conf")), "DNS keeps working");
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/home/ada/.local/share/cco/0.1.0/bin/cco")));
        assertEquals(Access.READ_WRITE, factory.create(PathOptions.none(), desktop, Optional.of(KnownAgents.CLAUDE), false, true, List.of()).accessOf(Path.of("/run/docker.sock")),
                "--docker shares the socket, and only it");
        assertEquals(Access.DENIED, factory.create(PathOptions.none(), desktop, Optional.of(KnownAgents.CLAUDE), false, true, List.of()).accessOf(Path.of("/run/dbus")));
        IsolationPolicy sharedInstall = factory.create(options(false, List.of("~"), List.of(), List.of()), desktop, Optional.of(KnownAgents.CLAUDE), false, false, List.of());
        assertEquals(Access.READ_WRITE, sharedInstall.accessOf(HOME.resolve("notes.txt")), "positive control: --add-dir ~");
        assertEquals(Access.READ_ONLY, sharedInstall.accessOf(Path.of("/home/ada/.local/share/cco/current")), "cco itself stays read-only");
    }

    @Test
    void protectedPathsOfTheProjectAreReadOnlyOrWatchedGitsConfigIsWritable() {
        IsolationPolicy policy = policy(PathOptions.none());
        for (String relative : List.of(".claude/settings.json", ".claude/settings.local.json", ".mcp.json", ".codex/config.toml",
                ".vscode/tasks.json", ".idea/workspace.xml", ".envrc", ".git/commondir")) {
            Path path = PROJECT.resolve(relative);
            PathRule rule = policy.ruleFor(path).orElseThrow();
            assertEquals(Access.READ_ONLY, rule.access(), relative);
            assertEquals(WhenMissing.QUARANTINE_IF_CREATED, rule.whenMissing(), relative + ": no stand-in, watched instead");
        }
        assertEquals(Access.READ_ONLY, policy.accessOf(PROJECT.resolve(".git/hooks/pre-commit")), "existing hooks stay read-only");
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve(".git/config")), "git config works, made safe after the session");
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve(".git/worktrees/wt/config.worktree")));
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve(".claude/notes.md")), "positive control");
    }

    @Test
    void nestedRepositoriesAndSubmodulesKeepTheirHooksReadOnly() {
        fs.directory("/home/ada/project/libs/inner/.git/hooks").directory("/home/ada/project/.git/modules/sub/hooks");
        IsolationPolicy policy = policy(PathOptions.none());
        assertEquals(Access.READ_ONLY, policy.accessOf(PROJECT.resolve("libs/inner/.git/hooks/pre-commit")));
        assertEquals(Access.READ_ONLY, policy.accessOf(PROJECT.resolve(".git/modules/sub/hooks/post-checkout")));
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve("libs/inner/.git/config")), "made safe after the session");
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve("libs/inner/.git/objects/x")), "positive control");
    }

    @Test
    void claudesHomeIsAPrivateViewWithTheUsersConfigurationReadOnlyAndThisProjectsStateShared() {
        fs.file("/home/ada/.claude/settings.json").file("/home/ada/.claude/.credentials.json").directory("/home/ada/.claude/commands")
                .file("/home/ada/.claude/statusline.sh").file("/home/ada/.claude/history.jsonl")
                .directory("/home/ada/.claude/shell-snapshots").directory("/home/ada/.claude/projects/-home-ada-elsewhere");
        IsolationPolicy policy = policy(PathOptions.none());
        Path claude = HOME.resolve(".claude");
        assertEquals(Access.PRIVATE, policy.accessOf(claude));
        for (String config : List.of("settings.json", "commands/c.md", "statusline.sh", ".credentials.json")) {
            assertEquals(Access.READ_ONLY, policy.accessOf(claude.resolve(config)), config);
        }
        for (String hidden : List.of("history.jsonl", "shell-snapshots/snapshot.sh", "projects/-home-ada-elsewhere/memory/MEMORY.md",
                "session-env/x/hook-1.sh", "settings.local.json", "hooks")) {
            assertEquals(Access.PRIVATE, policy.accessOf(claude.resolve(hidden)), hidden + ": the session's own, the host's hidden");
        }
        assertEquals(Access.READ_WRITE, policy.accessOf(claude.resolve("projects/-home-ada-project/memory/MEMORY.md")), "this project's state");
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".claude.json")), "hidden: the session has a copy in its home");
        assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve(".codex/auth.json")), "codex state only for codex");
    }

    @Test
    void codexsHomeIsAPrivateViewForCodex() {
        fs.file("/home/ada/.codex/config.toml").file("/home/ada/.codex/auth.json").directory("/home/ada/.codex/sessions");
        IsolationPolicy policy = factory.create(PathOptions.none(), locations, Optional.of(KnownAgents.CODEX), false, false, List.of());
        assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve(".claude/.credentials.json")), "Claude's state is not Codex's");
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".claude.json")));
        assertEquals(Access.PRIVATE, policy.accessOf(HOME.resolve(".codex/sessions/x.jsonl")));
        assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve(".codex/auth.json")));
        assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve(".codex/config.toml")));
        SessionLocations custom = new SessionLocations(PROJECT, HOME, Map.of("CODEX_HOME", Path.of("/data/codex")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Access.PRIVATE, factory.create(PathOptions.none(), custom, Optional.of(KnownAgents.CODEX), false, false, List.of()).accessOf(Path.of("/data/codex/sessions")));
    }

    @Test
    void aWritableHomeKeepsCodeTheHostRunsAndSecretsOutOfReachEvenWhereMissing() {
        IsolationPolicy policy = policy(options(false, List.of("~"), List.of(), List.of()));
        for (String code : List.of(".bashrc", ".profile", ".zshenv", ".config/fish/config.fish", ".config/autostart/x.desktop",
                ".config/systemd/user/x.service", ".local/bin/git", ".gitconfig", ".config/git/config")) {
            assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve(code)), code);
            assertTrue(policy.ruleFor(HOME.resolve(code)).orElseThrow().mayBeMissing(), code);
        }
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".ssh/authorized_keys")));
        assertTrue(policy.ruleFor(HOME.resolve(".ssh")).orElseThrow().mayBeMissing());
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".codex/auth.json")), "another agent's missing home cannot be created");
        assertEquals(Access.PRIVATE, policy.accessOf(HOME.resolve(".claude/.credentials.json")), "the agent's own credentials: its private view");
        assertEquals(Access.READ_WRITE, policy.accessOf(HOME.resolve("notes.txt")), "positive control");
        fs.directory("/home/ada/.config");
        assertEquals(Access.READ_ONLY, policy(options(false, List.of("~/.config"), List.of(), List.of())).accessOf(HOME.resolve(".config/autostart")),
                "a share inside $HOME protects what it contains");
        assertEquals(Access.READ_ONLY, policy(PathOptions.none()).accessOf(HOME.resolve(".bashrc")), "positive control: read-only anyway");
    }

    @Test
    void addDirIsReadWriteUnlessMarkedReadOnly() {
        IsolationPolicy policy = policy(options(false, List.of("~/other", "/data/shared:ro"), List.of(), List.of()));
        assertEquals(Access.READ_WRITE, policy.accessOf(HOME.resolve("other/file")));
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/data/shared/file")));
        assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve("other/.git/hooks")), "protected inside a writable share");
    }

    @Test
    void sharesAreResolvedThroughSymlinks() {
        IsolationPolicy policy = policy(options(false, List.of("~/data-link"), List.of(), List.of()));
        assertEquals(Access.READ_WRITE, policy.accessOf(Path.of("/data/shared/x")));
        assertEquals(RuleOrigin.ADD_DIR, policy.ruleFor(Path.of("/data/shared")).orElseThrow().origin());
    }

    @Test
    void deniedPathsAreDeniedEvenWhenTheyDoNotExistYet() {
        IsolationPolicy policy = policy(options(false, List.of(), List.of(), List.of("~/.ssh", "~/.aws", "secrets.env")));
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".ssh/id_rsa")));
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".aws/credentials")));
        assertEquals(Access.DENIED, policy.accessOf(PROJECT.resolve("secrets.env")));
        assertEquals(Access.READ_ONLY, policy.accessOf(HOME.resolve(".gitconfig")), "positive control");
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve("secrets.txt")), "positive control");
    }

    @Test
    void theMostSpecificRuleWins() {
        IsolationPolicy policy = policy(options(false, List.of("/data/shared"), List.of("/data/shared/inner"), List.of("/data/shared/inner/key")));
        assertEquals(Access.READ_WRITE, policy.accessOf(Path.of("/data/shared/a")));
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/data/shared/inner/b")));
        assertEquals(Access.DENIED, policy.accessOf(Path.of("/data/shared/inner/key")));

        IsolationPolicy shareInsideDenied = policy(options(false, List.of("/data/shared/inner"), List.of(), List.of("/data")));
        assertEquals(Access.DENIED, shareInsideDenied.accessOf(Path.of("/data/other")));
        assertEquals(Access.READ_WRITE, shareInsideDenied.accessOf(Path.of("/data/shared/inner/x")));
    }

    @Test
    void safeModeHidesHomeAndNonSystemDirectoriesButNotTheProject() {
        IsolationPolicy policy = policy(options(true, List.of(), List.of(), List.of()));
        assertEquals(Access.DENIED, policy.accessOf(HOME.resolve(".ssh/id_rsa")));
        assertEquals(Access.DENIED, policy.accessOf(Path.of("/data/shared")));
        assertEquals(Access.DENIED, policy.accessOf(Path.of("/srv/www")));
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/usr/bin/git")));
        assertEquals(Access.READ_ONLY, policy.accessOf(Path.of("/etc/hosts")));
        assertEquals(Access.READ_WRITE, policy.accessOf(PROJECT.resolve("README.md")));
        assertEquals(Access.PRIVATE, policy.accessOf(HOME.resolve(".claude/history.jsonl")), "agent homes are private views in --safe too");
        IsolationPolicy withShare = policy(options(true, List.of(), List.of("/data/shared"), List.of()));
        assertEquals(Access.READ_ONLY, withShare.accessOf(Path.of("/data/shared/x")), "an explicit share is visible in safe mode");
    }

    @Test
    void aMissingShareIsAUsageErrorNamingIt() {
        CcoException e = assertThrows(CcoException.class,
                () -> policy(options(false, List.of("~/missing:ro"), List.of(), List.of())));
        assertEquals(FailureKind.USAGE, e.kind());
        assertEquals("--add-dir: no such file or directory: ~/missing", e.getMessage());
        CcoException ro = assertThrows(CcoException.class,
                () -> policy(options(false, List.of(), List.of("/nope"), List.of())));
        assertEquals("--allow-readonly: no such file or directory: /nope", ro.getMessage());
    }

    @Test
    void addDirOfAFileIsAUsageError() {
        CcoException e = assertThrows(CcoException.class,
                () -> policy(options(false, List.of("~/.gitconfig"), List.of(), List.of())));
        assertTrue(e.getMessage().startsWith("--add-dir: not a directory: ~/.gitconfig"), e.getMessage());
        assertEquals(Access.READ_ONLY, policy(options(false, List.of(), List.of("~/.gitconfig"), List.of()))
                .ruleFor(HOME.resolve(".gitconfig")).orElseThrow().access(), "positive control: --allow-readonly takes files");
    }

    @Test
    void contradictoryOptionsAreUsageErrors() {
        assertContradiction(options(false, List.of("/data/shared:rw", "/data/shared:ro"), List.of(), List.of()));
        assertContradiction(options(false, List.of("/data/shared"), List.of("~/data-link"), List.of()));
        assertContradiction(options(false, List.of("/data/shared"), List.of(), List.of("~/data-link")));
        assertContradiction(options(false, List.of(), List.of(), List.of(".")));
        policy(options(false, List.of("/data/shared", "~/data-link"), List.of(), List.of()));
    }

    private void assertContradiction(PathOptions options) {
        CcoException e = assertThrows(CcoException.class, () -> policy(options));
        assertEquals(FailureKind.USAGE, e.kind());
        assertTrue(e.getMessage().startsWith("contradictory options: "), e.getMessage());
    }

    @Test
    void theRootDirectoryIsRefusedAsAProject() {
        SessionLocations root = SessionLocations.of(Path.of("/"), HOME);
        CcoException e = assertThrows(CcoException.class, () -> factory.create(PathOptions.none(), root, Optional.of(KnownAgents.CLAUDE), false, false, List.of()));
        assertEquals(FailureKind.USAGE, e.kind());
    }

    @Test
    void effectiveRulesListOneWinnerPerPathInPathOrder() {
        IsolationPolicy policy = policy(options(false, List.of(), List.of(), List.of()));
        List<PathRule> effective = policy.effectiveRules();
        assertEquals(Path.of("/"), effective.get(0).path());
        assertEquals(effective.size(), effective.stream().map(PathRule::path).distinct().count());
    }

    @Test
    void everyAgentsStateIsAPrivateViewWithItsConfigurationAndCredentialsReadOnly() {
        fs.file("/home/ada/.gemini/settings.json").file("/home/ada/.gemini/oauth_creds.json").directory("/home/ada/.gemini/tmp")
                .directory("/home/ada/.config/opencode/plugin").file("/home/ada/.local/share/opencode/auth.json")
                .directory("/home/ada/.local/share/opencode/storage").directory("/home/ada/.cache/opencode/node_modules")
                .file("/home/ada/.omp/agent/settings.json").directory("/home/ada/.omp/agent/sessions").file("/home/ada/.factory/mcp.json")
                .directory("/home/ada/.pi/agent/extensions");
        IsolationPolicy gemini = factory.create(PathOptions.none(), locations, Optional.of(KnownAgents.GEMINI), false, false, List.of());
        assertEquals(Access.PRIVATE, gemini.accessOf(HOME.resolve(".gemini/tmp/chat.json")));
        assertEquals(Access.READ_ONLY, gemini.accessOf(HOME.resolve(".gemini/settings.json")));
        assertEquals(Access.READ_ONLY, gemini.accessOf(HOME.resolve(".gemini/oauth_creds.json")));
        assertEquals(Access.PRIVATE, gemini.accessOf(HOME.resolve(".gemini/extensions")), "a missing configuration is the session's own");
        IsolationPolicy opencode = factory.create(PathOptions.none(), locations, Optional.of(KnownAgents.OPENCODE), false, false, List.of());
        assertEquals(Access.READ_ONLY, opencode.accessOf(HOME.resolve(".config/opencode/plugin/evil.js")));
        assertEquals(Access.READ_ONLY, opencode.accessOf(HOME.resolve(".local/share/opencode/auth.json")));
        assertEquals(Access.PRIVATE, opencode.accessOf(HOME.resolve(".local/share/opencode/storage/s.json")));
        assertEquals(Access.PRIVATE, opencode.accessOf(HOME.resolve(".cache/opencode/node_modules/x/index.js")), "host code never written");
        assertEquals(Access.PRIVATE, opencode.accessOf(HOME.resolve(".local/state/opencode")), "created as opencode would");
        assertEquals(Access.READ_ONLY, opencode.accessOf(HOME.resolve(".opencode")), "an installation that does not exist is not created");
        IsolationPolicy omp = factory.create(PathOptions.none(), locations, Optional.of(KnownAgents.OMP), false, false, List.of());
        assertEquals(Access.READ_ONLY, omp.accessOf(HOME.resolve(".omp/agent/settings.json")), "configuration below the top level");
        assertEquals(Access.PRIVATE, omp.accessOf(HOME.resolve(".omp/agent/sessions/1.jsonl")));
        IsolationPolicy claude = factory.create(PathOptions.none(), locations, Optional.of(KnownAgents.CLAUDE), false, false, List.of());
        assertEquals(Access.READ_ONLY, claude.accessOf(HOME.resolve(".factory/mcp.json")), "another agent's home is a private view too");
        assertEquals(Access.PRIVATE, claude.accessOf(HOME.resolve(".factory/sessions")));
        assertEquals(Access.READ_ONLY, claude.accessOf(HOME.resolve(".pi/agent/extensions")));
    }

    @Test
    void agentDirectoriesFollowTheVariablesThatMoveThem() {
        SessionLocations moved = new SessionLocations(PROJECT, HOME, Map.of("XDG_DATA_HOME", Path.of("/data"), "PI_CODING_AGENT_DIR",
                Path.of("/pi"), "PI_CONFIG_DIR", HOME.resolve(".my-omp"), "GEMINI_CLI_HOME", Path.of("/g")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Access.PRIVATE, factory.create(PathOptions.none(), moved, Optional.of(KnownAgents.OPENCODE), false, false, List.of())
                .accessOf(Path.of("/data/opencode/storage")));
        assertEquals(Access.PRIVATE, factory.create(PathOptions.none(), moved, Optional.of(KnownAgents.PI), false, false, List.of())
                .accessOf(Path.of("/pi/sessions")));
        assertEquals(Access.PRIVATE, factory.create(PathOptions.none(), moved, Optional.of(KnownAgents.OMP), false, false, List.of())
                .accessOf(HOME.resolve(".my-omp/agent")));
        assertEquals(Access.PRIVATE, factory.create(PathOptions.none(), moved, Optional.of(KnownAgents.GEMINI), false, false, List.of())
                .accessOf(Path.of("/g/.gemini/tmp")));
        assertEquals(Access.READ_ONLY, factory.create(PathOptions.none(), locations, Optional.of(KnownAgents.PI), false, false, List.of())
                .accessOf(Path.of("/pi/sessions")), "positive control: unmoved");
    }
}
