package cco.domain.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GitConfigSanitizerTest {

    @Test
    void remotesBranchesSubmodulesAndIdentityStay() {
        String config = """
                [core]
                \trepositoryformatversion = 0
                \tbare = false
                [remote "origin"]
                \turl = https://example.org/r.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                [branch "main"]
                \tremote = origin
                \tmerge = refs/heads/main
                [submodule "lib"]
                \turl = ../lib
                \tactive = true
                [user]
                \temail = a@b
                # a comment
                """;
        GitConfigSanitizer.Result result = GitConfigSanitizer.sanitize(config, worktree -> false);
        assertEquals(config, result.kept());
        assertEquals(List.of(), result.removed());
    }

    @Test
    void everyKeyThatCanRunCodeGoesWhateverItsSpelling() {
        String config = """
                [core]
                \tbare = false
                \tfsmonitor = touch /tmp/x
                \tHooksPath = .h
                \tsshCommand = sh -c evil
                [Core] pager = less; evil
                [alias]
                \tst = !sh -c evil
                \tlg = -c core.pager=evil log
                [filter "x"]
                \tsmudge = evil
                [diff "y"]
                \ttextconv = evil
                [include]
                \tpath = ../evil.cfg
                [includeIf "gitdir:/"]
                \tpath = ../evil.cfg
                [credential]
                \thelper = !evil
                [remote "origin"]
                \turl = x
                \tuploadpack = evil
                [submodule "s"]
                \tupdate = !evil
                [submodule "t"]
                \tupdate = rebase
                [core.worktree]
                [core]
                \tworktree = /home/ada
                \teditor = evil \\
                  continued
                [branch.main]
                \tremote = origin
                """;
        GitConfigSanitizer.Result result = GitConfigSanitizer.sanitize(config, worktree -> false);
        assertEquals(List.of("core.fsmonitor", "core.hookspath", "core.sshcommand", "core.pager", "alias.st", "alias.lg", "filter.x.smudge",
                "diff.y.textconv", "include.path", "includeif.gitdir:/.path", "credential.helper", "remote.origin.uploadpack",
                "submodule.s.update", "core.worktree", "core.editor"), result.removed());
        assertEquals("""
                [core]
                \tbare = false
                [Core]
                [alias]
                [filter "x"]
                [diff "y"]
                [include]
                [includeIf "gitdir:/"]
                [credential]
                [remote "origin"]
                \turl = x
                [submodule "s"]
                [submodule "t"]
                \tupdate = rebase
                [core.worktree]
                [core]
                [branch.main]
                \tremote = origin
                """, result.kept());
    }

    @Test
    void aWorktreeStaysWhereTheCallerFindsItSafe() {
        String config = "[core]\n\tworktree = ../../../lib\n";
        assertEquals(config, GitConfigSanitizer.sanitize(config, "../../../lib"::equals).kept());
        assertEquals(List.of("core.worktree"), GitConfigSanitizer.sanitize("[core]\n\tworktree = /home/ada\n", "../../../lib"::equals).removed());
    }

    @Test
    void aLineOutsideAnySectionOrUnreadableIsDropped() {
        GitConfigSanitizer.Result result = GitConfigSanitizer.sanitize("bare = true\n[core\nfsmonitor = x\n", worktree -> false);
        assertEquals("", result.kept());
        assertEquals(3, result.removed().size(), String.valueOf(result.removed()));
    }
}
