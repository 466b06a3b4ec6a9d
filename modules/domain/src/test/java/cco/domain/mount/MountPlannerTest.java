package cco.domain.mount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.failure.CcoException;
import cco.domain.launch.Placeholder;
import cco.domain.policy.Access;
import cco.domain.policy.IsolationPolicy;
import cco.domain.policy.PathRule;
import cco.domain.policy.RuleOrigin;
import cco.domain.policy.WhenMissing;
import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MountPlannerTest {
    private static final Path PROJECT = Path.of("/home/ada/project");

    /** Directories and files that exist; everything else is missing. Links map a path to its target. */
    private static final class FakeFacts implements HostFileSystem {
        final Map<Path, FileKind> kinds = new HashMap<>();
        final Map<Path, Path> links = new HashMap<>();

        FakeFacts directory(String path) {
            kinds.put(Path.of(path), FileKind.DIRECTORY);
            return this;
        }

        @Override
        public Optional<Path> realPath(Path path) {
            return kinds.containsKey(path) ? Optional.of(links.getOrDefault(path, path)) : Optional.empty();
        }

        @Override
        public boolean isDirectory(Path path) {
            return kinds.get(path) == FileKind.DIRECTORY;
        }

        @Override
        public boolean isExecutableFile(Path path) {
            return false;
        }

        @Override
        public FileRead readOwnFile(Path path, int maxBytes) {
            return new FileRead.Missing();
        }

        @Override
        public List<Entry> entries(Path directory) {
            return List.of();
        }

        @Override
        public List<Path> nestedGitDirectories(Path root) {
            return List.of();
        }
    }

    private static IsolationPolicy policy(PathRule... extra) {
        List<PathRule> rules = new java.util.ArrayList<>(List.of(
                PathRule.existing(Path.of("/"), Access.READ_ONLY, RuleOrigin.HOST),
                PathRule.existing(Path.of("/tmp"), Access.PRIVATE, RuleOrigin.PRIVATE_TMP),
                PathRule.existing(PROJECT, Access.READ_WRITE, RuleOrigin.PROJECT)));
        rules.addAll(List.of(extra));
        return new IsolationPolicy(rules);
    }

    private static PathRule protectedRule(String relative, WhenMissing whenMissing) {
        return PathRule.evenIfMissing(PROJECT.resolve(relative), Access.READ_ONLY, RuleOrigin.PROTECTED, whenMissing);
    }

    @Test
    void parentsAreMountedBeforeChildrenAndDeniedDirectoriesAreMadeReadOnlyLast() {
        FakeFacts facts = new FakeFacts().directory("/tmp").directory(PROJECT.toString()).directory("/home/ada/.ssh").directory(PROJECT + "/.git")
                .directory(PROJECT + "/.git/hooks");
        MountPlan plan = new MountPlanner(facts, Map.of()).plan(policy(
                PathRule.existing(Path.of("/home/ada/.ssh"), Access.DENIED, RuleOrigin.SECRETS),
                protectedRule(".git/hooks", WhenMissing.DIRECTORY)));
        assertTrue(plan.hostRootReadOnly());
        assertEquals(List.of(new Mount.Tmpfs(Path.of("/home/ada/.ssh")), new Mount.Bind(PROJECT, true), new Mount.Bind(PROJECT.resolve(".git"), true),
                new Mount.Bind(PROJECT.resolve(".git/hooks"), false), new Mount.Tmpfs(Path.of("/tmp"))), plan.mounts());
        assertEquals(List.of(Path.of("/home/ada/.ssh")), plan.remountReadOnly());
    }

    @Test
    void belowAPrivateRootNothingOfTheHostIsPinnedCreatedOrHidden() {
        FakeFacts facts = new FakeFacts().directory("/tmp").directory(PROJECT.toString()).directory("/tmp/a").directory("/tmp/a/b")
                .directory("/tmp/a/b/docs");
        MountPlan plan = new MountPlanner(facts, Map.of()).plan(policy(
                PathRule.existing(Path.of("/tmp/a/b/docs"), Access.READ_ONLY, RuleOrigin.ALLOW_READONLY),
                PathRule.evenIfMissing(Path.of("/tmp/a/secret"), Access.DENIED, RuleOrigin.DENY_PATH, WhenMissing.EMPTY_FILE),
                PathRule.evenIfMissing(Path.of("/tmp/a/b/missing"), Access.READ_ONLY, RuleOrigin.ALLOW_READONLY, WhenMissing.EMPTY_FILE)));
        assertEquals(List.of(new Mount.Bind(PROJECT, true), new Mount.Tmpfs(Path.of("/tmp")), new Mount.Bind(Path.of("/tmp/a/b/docs"), false)),
                plan.mounts(), "no --bind of /tmp/a or /tmp/a/b");
        assertEquals(List.of(), plan.placeholders());
        FakeFacts inProject = new FakeFacts().directory("/tmp").directory(PROJECT.toString()).directory(PROJECT + "/a").directory(PROJECT + "/a/docs");
        MountPlan pinned = new MountPlanner(inProject, Map.of()).plan(policy(
                PathRule.existing(PROJECT.resolve("a/docs"), Access.READ_ONLY, RuleOrigin.ALLOW_READONLY)));
        assertTrue(pinned.mounts().stream().anyMatch(mount -> mount.equals(new Mount.Bind(PROJECT.resolve("a"), true))),
                "positive control: below a host-backed writable root the directories in between are pinned");
    }

    /** A container's home is private: the agent's home for the session and the cache stores inside it still come from their sources. */
    @Test
    void aPlaceOfTheSessionsOwnInsideAPrivateOneIsMountedFromItsSource() {
        Path home = Path.of("/tmp/home");
        Path agentHome = home.resolve(".claude");
        Path cache = home.resolve(".npm");
        FakeFacts facts = new FakeFacts().directory("/tmp").directory(PROJECT.toString()).directory(home.toString()).directory(agentHome.toString());
        MountPlan plan = new MountPlanner(facts, Map.of(agentHome, Path.of("/state/session/home"), cache, Path.of("/state/caches/npm"))).plan(policy(
                PathRule.existing(home, Access.PRIVATE, RuleOrigin.PRIVATE_HOME),
                PathRule.evenIfMissing(agentHome, Access.PRIVATE, RuleOrigin.AGENT_HOME, WhenMissing.DIRECTORY),
                PathRule.evenIfMissing(cache, Access.PRIVATE, RuleOrigin.TOOLCHAIN_CACHE, WhenMissing.DIRECTORY),
                PathRule.evenIfMissing(home.resolve(".other"), Access.PRIVATE, RuleOrigin.AGENT_HOME, WhenMissing.DIRECTORY)));
        assertTrue(plan.mounts().contains(new Mount.Bind(Path.of("/state/session/home"), agentHome, true)), plan.mounts().toString());
        assertTrue(plan.mounts().contains(new Mount.Bind(Path.of("/state/caches/npm"), cache, true)), plan.mounts().toString());
        assertTrue(plan.mounts().stream().noneMatch(mount -> mount.path().equals(home.resolve(".other"))), "without a source, nothing: " + plan.mounts());
        assertEquals(List.of(), plan.placeholders());
    }

    @Test
    void missingProtectedPathsGetStandInsAtTheirFirstMissingComponent() {
        FakeFacts facts = new FakeFacts().directory("/tmp").directory(PROJECT.toString());
        MountPlan plan = new MountPlanner(facts, Map.of()).plan(policy(
                protectedRule(".mcp.json", WhenMissing.EMPTY_JSON_OBJECT),
                protectedRule(".git/hooks", WhenMissing.DIRECTORY),
                protectedRule(".git/config", WhenMissing.EMPTY_FILE),
                protectedRule(".git/commondir", WhenMissing.QUARANTINE_IF_CREATED)));
        assertEquals(List.of(Placeholder.directory(PROJECT.resolve(".git")), Placeholder.file(PROJECT.resolve(".mcp.json"), "{}")),
                plan.placeholders().stream().sorted(java.util.Comparator.comparing(Placeholder::path)).toList());
        assertEquals(List.of(), plan.quarantineIfCreated(), ".git as a whole is read-only, so its commondir is covered");
    }

    @Test
    void aCommondirThatCannotHaveAStandInIsWatched() {
        FakeFacts facts = new FakeFacts().directory("/tmp").directory(PROJECT.toString()).directory(PROJECT + "/.git");
        MountPlan plan = new MountPlanner(facts, Map.of()).plan(policy(protectedRule(".git/commondir", WhenMissing.QUARANTINE_IF_CREATED)));
        assertEquals(List.of(PROJECT.resolve(".git/commondir")), plan.quarantineIfCreated());
        assertTrue(plan.placeholders().isEmpty());
    }

    @Test
    void aSymlinkBelowAWritableRootIsRefused() {
        FakeFacts facts = new FakeFacts().directory("/tmp").directory(PROJECT.toString()).directory(PROJECT + "/sub/.git");
        facts.kinds.put(PROJECT.resolve("sub/.git/config"), FileKind.OTHER);
        facts.links.put(PROJECT.resolve("sub/.git/config"), Path.of("/home/ada/.ssh/id_rsa"));
        CcoException e = assertThrows(CcoException.class, () -> new MountPlanner(facts, Map.of())
                .plan(policy(protectedRule("sub/.git/config", WhenMissing.EMPTY_FILE))));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        facts.links.clear();
        new MountPlanner(facts, Map.of()).plan(policy(protectedRule("sub/.git/config", WhenMissing.EMPTY_FILE)));
    }
}
