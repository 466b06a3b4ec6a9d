package cco.domain.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cco.domain.git.GitConfigSanitizer.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitConfigSanitizerTest {

    @Test
    void remotesBranchesSubmodulesAndIdentityStayWrittenInGitsPlainSyntax() {
        GitConfigSanitizer.Result result = GitConfigSanitizer.sanitize(List.of(
                new Entry("core.repositoryformatversion", "0"), new Entry("core.bare", "false"),
                new Entry("remote.origin.url", "https://example.org/r.git"), new Entry("remote.origin.fetch", "+refs/heads/*:refs/remotes/origin/*"),
                new Entry("branch.main.remote", "origin"), new Entry("submodule.lib \"x\".url", "../lib"), new Entry("submodule.t.update", "rebase"),
                new Entry("user.email", "a@b"), new Entry("core.symlinks", null)), worktree -> false);
        assertEquals(List.of(), result.removed());
        assertEquals("""
                [core]
                \trepositoryformatversion = "0"
                \tbare = "false"
                \tsymlinks
                [remote "origin"]
                \turl = "https://example.org/r.git"
                \tfetch = "+refs/heads/*:refs/remotes/origin/*"
                [branch "main"]
                \tremote = "origin"
                [submodule "lib \\"x\\""]
                \turl = "../lib"
                [submodule "t"]
                \tupdate = "rebase"
                [user]
                \temail = "a@b"
                """, result.kept());
    }

    @Test
    void everyKeyThatCanRunCodeGoes() {
        List<String> dangerous = List.of("core.fsmonitor", "core.hookspath", "core.sshcommand", "core.pager", "core.editor", "alias.st",
                "filter.x.smudge", "diff.y.textconv", "include.path", "includeif.gitdir:/.path", "credential.helper",
                "remote.origin.uploadpack", "submodule.s.update", "core.worktree", "hook.pre-commit.command", "remote.origin.vcs");
        GitConfigSanitizer.Result result = GitConfigSanitizer.sanitize(dangerous.stream()
                .map(key -> new Entry(key, key.equals("submodule.s.update") ? "!touch /tmp/x" : "touch /tmp/x")).toList(), worktree -> false);
        assertEquals(dangerous, result.removed());
        assertEquals("", result.kept());
    }

    @Test
    void aWorktreeStaysOnlyWhereTheCallerFindsItSafeAndOddValuesGo() {
        assertEquals("[core]\n\tworktree = \"../../../lib\"\n",
                GitConfigSanitizer.sanitize(List.of(new Entry("core.worktree", "../../../lib")), "../../../lib"::equals).kept());
        assertEquals(List.of("core.worktree", "user.name"), GitConfigSanitizer.sanitize(List.of(new Entry("core.worktree", "/home/ada"),
                new Entry("user.name", "a\rb")), "../../../lib"::equals).removed());
    }
}
