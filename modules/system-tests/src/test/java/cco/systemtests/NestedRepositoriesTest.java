package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Hardening round 2, class 9: a repository the session creates or changes inside the project
 * keeps its remotes and identity, but nothing that would run code when the user later runs git
 * in it: code-running configuration keys and hooks go into cco's quarantine, and the user is
 * told what and where. The same repositories made outside the sandbox keep everything.
 */
class NestedRepositoriesTest extends OnHost {
    private static final String MAKE = """
            hook() { mkdir -p "$1/hooks" && printf '#!/bin/sh\\ntouch "$HOME/.canary-hook"\\n' > "$1/hooks/$2" && chmod +x "$1/hooks/$2"; }
            git init -q sub && git -C sub config core.fsmonitor 'touch "$HOME/.canary-fsmonitor"; echo' \\
              && git -C sub remote add origin https://example.org/sub.git && git -C sub config user.email agent@example.org \\
              && hook sub/.git post-checkout
            git init -q --bare deep/a/b/c/d/e/store.git && git -C deep/a/b/c/d/e/store.git config core.pager 'touch "$HOME/.canary-pager"' \\
              && hook deep/a/b/c/d/e/store.git pre-receive
            git init -q node_modules/pkg && git -C node_modules/pkg config alias.st '!touch "$HOME/.canary-alias"' \\
              && printf '[include]\\n\\tpath = ../../evil.cfg\\n' >> node_modules/pkg/.git/config
            git init -q wt && git -C wt config core.hooksPath ../hooks && git -C wt config filter.x.smudge 'touch "$HOME/.canary-filter"'
            echo made""";

    @Test
    void codeRunningSettingsAndHooksOfNewRepositoriesAreQuarantinedAndReported() throws Exception {
        Path control = Files.createDirectories(host.root.resolve("control"));
        host.asUnprivilegedUser();
        Host.Result result = host.sandboxed(MAKE);
        assertEquals("made\n", result.out(), result.toString());
        for (String removed : new String[] {"core.fsmonitor", "sub/.git/hooks/post-checkout", "core.pager", "store.git/hooks/pre-receive",
                "alias.st", "include.path", "core.hookspath", "filter.x.smudge"}) {
            assertTrue(result.err().contains(removed), removed + " is reported: " + result);
        }
        Path project = host.project;
        assertFalse(Files.exists(project.resolve("sub/.git/hooks/post-checkout")));
        assertFalse(Files.exists(project.resolve("deep/a/b/c/d/e/store.git/hooks/pre-receive")));
        Host.Result kept = host.unsandboxed("git -C sub config --get remote.origin.url; git -C sub config --get user.email;"
                + " git -C sub status --short; git -C deep/a/b/c/d/e/store.git log 2>/dev/null; git -C node_modules/pkg st 2>/dev/null;"
                + " git -C wt status --short; echo checked");
        assertEquals("https://example.org/sub.git\nagent@example.org\nchecked\n", kept.out(), "remotes and identity stay: " + kept);
        try (var entries = Files.list(host.home)) {
            assertEquals(0, entries.filter(path -> path.getFileName().toString().startsWith(".canary")).count(), "no code ran on the host");
        }
        Path quarantined = host.home.resolve(".local/state/cco/quarantine");
        try (var files = Files.walk(quarantined)) {
            assertTrue(files.anyMatch(path -> path.endsWith("sub/.git/hooks/post-checkout")), "the hook is kept for the user to inspect");
        }

        Host.Result bare = host.run(control, null, "sh", "-c", MAKE + "; git -C sub config --get core.fsmonitor; ls sub/.git/hooks | grep -v sample");
        assertTrue(bare.out().contains(".canary-fsmonitor") && bare.out().contains("post-checkout"),
                "positive control: made outside the sandbox, the same repository keeps them: " + bare);
    }

    @Test
    void aRepositoryTheSessionDidNotTouchKeepsItsOwnSettings() throws Exception {
        assertEquals(0, host.unsandboxed("git init -q lib && git -C lib config core.pager cat").exitCode());
        host.asUnprivilegedUser();
        Host.Result result = host.sandboxed("echo hello > lib/file.txt && echo wrote");
        assertEquals("wrote\n", result.out(), result.toString());
        assertEquals("", result.err(), "nothing to report: " + result);
        assertEquals("cat\n", host.unsandboxed("git -C lib config --get core.pager").out());
    }

    /** What an outside review of the audit found: each way git could still be made to run code, or cco to touch the user's files. */
    @Test
    void gitsOwnReadingDecidesAndNothingLeadsOutOfTheProject() throws Exception {
        host.write(host.home.resolve(".claude/settings.json"), "{\"permissions\":{\"deny\":[\"Bash(rm:*)\"]}}");
        host.asUnprivilegedUser();
        Host.Result result = host.sandboxed("""
                canary='touch $HOME/.canary-review; false'
                git init -q comment && printf '\\t# x \\\\\\n\\tfsmonitor = "%s"\\n' "$canary" >> comment/.git/config
                git init -q semicolon && printf '[core]\\n\\tbare = false ; \\\\\\n\\thooksPath = /tmp/h\\n' >> semicolon/.git/config
                git init -q quoted && printf '[core]\\n\\tworktree = "%s"\\n' "$HOME" >> quoted/.git/config
                git init -q linked && rm linked/.git/HEAD && ln -s refs/heads/master linked/.git/HEAD && git -C linked config core.fsmonitor "$canary"
                mkdir -p out && git init -q --bare "$HOME/.npm/out.git" && git -C "$HOME/.npm/out.git" config core.fsmonitor "$canary" \\
                  && echo "gitdir: $HOME/.npm/out.git" > out/.git
                mkdir -p locked/in && git init -q locked/in/r && git -C locked/in/r config core.fsmonitor "$canary" && chmod 111 locked
                ln -s "$HOME/.claude" .claude
                echo made""");
        assertEquals("made\n", result.out(), result.toString());
        Host.Result after = host.unsandboxed("""
                for r in comment semicolon linked; do git -C "$r" config --get core.fsmonitor; git -C "$r" config --get core.hookspath; done
                git -C quoted rev-parse --show-toplevel; test -e out/.git && echo OUT-POINTER; echo end""");
        assertEquals(host.project.resolve("quoted") + "\nend\n", after.out(), "nothing code-running, nothing outside: " + result + after);
        assertTrue(result.err().contains("locked") && result.err().contains("could NOT be read"), "the unreadable one is named: " + result);
        assertTrue(Files.exists(host.home.resolve(".claude/settings.json")), "the user's own file stays where it is: " + result);
        assertTrue(result.err().contains("could NOT be moved"), "and the link is named: " + result);
        try (var entries = Files.list(host.home)) {
            assertEquals(0, entries.filter(path -> path.getFileName().toString().startsWith(".canary")).count(), "no code ran on the host");
        }
        host.unsandboxed("chmod 755 locked");
    }
}
