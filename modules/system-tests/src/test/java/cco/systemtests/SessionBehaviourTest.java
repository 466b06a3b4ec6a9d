package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user sees of a native session: arguments, stdin, exit status, environment, .env, errors. */
class SessionBehaviourTest extends OnHost {

    @Test
    void argumentsPassThroughUnchangedAndInOrder() throws Exception {
        Host.Result result = host.cco("--command", "printf", "[%s]", "a b", "", "-x", "--safe", "$HOME", "line\nbreak", "--");
        assertEquals("[a b][][-x][--safe][$HOME][line\nbreak][--]", result.out(), result.toString());
    }

    /** Issue 13: `cco shell` as users of the shell-script cco know it: the words are one command line for bash -c. */
    @Test
    void aShellRunsItsWordsAsOneCommandLine() throws Exception {
        Host.Result compound = host.cco("shell", "echo hi > made && cat made && echo $((6 * 7))");
        assertEquals("hi\n42\n", compound.out(), compound.toString());
        Host.Result words = host.cco("shell", "printf", "'[%s]'", "a", "b");
        assertEquals("[a][b]", words.out(), "several words are joined with spaces: " + words);
        Host.Result bash = host.cco("shell", "echo ${BASH_VERSION:+bash}");
        assertEquals("bash\n", bash.out(), "bash runs it where there is bash: " + bash);
    }

    /** Issue 13: --debug logs each decision on stderr, and the session's own output stays as it is. */
    @Test
    void debugLogsTheDecisionsOnStderrOnly() throws Exception {
        Host.Result quiet = host.cco("shell", "echo hi");
        assertEquals("", quiet.err(), "positive control: nothing is logged without --debug: " + quiet);
        Host.Result debug = host.cco("--debug", "--deny-path", "~/vault", "shell", "echo hi");
        assertEquals("hi\n", debug.out(), debug.toString());
        List<String> logged = debug.err().lines().toList();
        assertTrue(logged.stream().allMatch(line -> line.startsWith("cco: debug: ")), debug.toString());
        assertTrue(logged.contains("cco: debug:   --deny-path ~/vault  (command line)"), debug.toString());
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("cco: debug: backend:     native (bubblewrap)")), debug.toString());
        assertTrue(logged.stream().anyMatch(line -> line.matches("cco: debug:   denied +" + host.home.resolve("vault") + " +--deny-path.*")), debug.toString());
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("cco: debug: invocation:  /usr/bin/bwrap ")), debug.toString());
    }

    @Test
    void stdoutAndStderrArePassedThroughSeparately() throws Exception {
        Host.Result result = host.sandboxed("echo to-out; echo to-err >&2");
        assertEquals("to-out\n", result.out(), result.toString());
        assertEquals("to-err\n", result.err(), result.toString());
    }

    @Test
    void stdinIsPassedThrough() throws Exception {
        Host.Result result = host.run(host.project, "hello from stdin\n", TestBundle.launcher().toString(), "--command", "cat");
        assertEquals("hello from stdin\n", result.out(), result.toString());
    }

    @Test
    void theProgramsExitStatusIsCcosExitStatus() throws Exception {
        assertEquals(7, host.sandboxed("exit 7").exitCode());
        assertEquals(143, host.sandboxed("kill -TERM $$").exitCode(), "128+N for a program killed by signal N");
        assertEquals(0, host.sandboxed("true").exitCode(), "positive control");
    }

    @Test
    void aMissingAgentIsReportedInOneLineWithItsOwnCode() throws Exception {
        Host.Result result = host.cco("--command", "no-such-program-here");
        assertEquals(127, result.exitCode(), result.toString());
        assertEquals("cco: no-such-program-here: not found on PATH\n", result.err());
        host.environment.put("PATH", "/nonexistent");
        Host.Result claude = host.cco("-p", "hi");
        assertEquals(127, claude.exitCode(), claude.toString());
        assertTrue(claude.err().contains("npm install -g @anthropic-ai/claude-code"), claude.toString());
    }

    @Test
    void theEnvironmentIsAnAllowlistPlusTheUsersChoices() throws Exception {
        host.environment.put("SSH_AUTH_SOCK", "/tmp/ssh-x/agent.1");
        host.environment.put("GITHUB_TOKEN", "ghp_secret");
        host.environment.put("AWS_SECRET_ACCESS_KEY", "aws-secret");
        host.environment.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1/bus");
        host.environment.put("ANTHROPIC_API_KEY", "sk-ant-test");
        host.environment.put("GIT_AUTHOR_NAME", "Ada");
        Host.Result result = host.sandboxed("env | sort", "-e", "FOO=bar baz", "-e", "GITHUB_TOKEN");
        for (String hidden : new String[] {"SSH_AUTH_SOCK", "AWS_SECRET_ACCESS_KEY", "DBUS_SESSION_BUS_ADDRESS"}) {
            assertFalse(result.out().contains(hidden + "="), hidden + ": " + result);
        }
        for (String present : new String[] {"ANTHROPIC_API_KEY=sk-ant-test", "GIT_AUTHOR_NAME=Ada", "FOO=bar baz", "GITHUB_TOKEN=ghp_secret",
            "HOME=" + host.home, "TERM=dumb"}) {
            assertTrue(result.out().contains(present + "\n"), present + ": " + result);
        }
    }

    @Test
    void secretsNeverAppearOnAHostCommandLine() throws Exception {
        host.environment.put("ANTHROPIC_API_KEY", "sk-ant-never-in-argv");
        Host.Result result = host.sandboxed("cat /proc/1/cmdline | tr '\\0' ' '; echo; echo \"$ANTHROPIC_API_KEY\"");
        assertFalse(result.out().lines().findFirst().orElse("").contains("sk-ant"), result.toString());
        assertTrue(result.out().contains("sk-ant-never-in-argv"), "positive control: the agent has its key");
    }

    @Test
    void theProjectEnvFileReachesOnlyTheSandboxAndOnlyAsData() throws Exception {
        host.write(host.project.resolve(".env"), String.join("\n",
                "export APP_MODE=dev", "QUOTED='a b $HOME'", "COMMAND=$(touch canary-BI07)", "LD_PRELOAD=/tmp/evil.so",
                "NODE_OPTIONS=--require ./x.js", "HTTPS_PROXY=http://127.0.0.1:9", "ANTHROPIC_BASE_URL=http://127.0.0.1:9",
                "BAD KEY=1", "bare", "CRLF=yes\r", ""));
        Host.Result result = host.sandboxed("env | sort");
        assertTrue(result.out().contains("APP_MODE=dev\n"), result.toString());
        assertTrue(result.out().contains("QUOTED=a b $HOME\n"), result.toString());
        assertTrue(result.out().contains("COMMAND=$(touch canary-BI07)\n"), result.toString());
        assertTrue(result.out().contains("CRLF=yes\n"), result.toString());
        for (String refused : new String[] {"LD_PRELOAD", "NODE_OPTIONS", "HTTPS_PROXY", "ANTHROPIC_BASE_URL"}) {
            assertFalse(result.out().contains(refused + "="), refused + ": " + result);
            assertTrue(result.err().contains(refused + " refused"), refused + ": " + result);
        }
        assertFalse(Files.exists(host.project.resolve("canary-BI07")));
    }

    @Test
    void theProjectEnvFileCannotReachTheLaunchersOwnState() throws Exception {
        Path canary = host.root.resolve("canary-launcher");
        host.write(host.project.resolve(".env"), String.join("\n",
                "input_fd=\"9</dev/null; touch " + canary + "; exec 3\"",
                "input_format=\"');touch " + canary + ";('\"",
                "_cco_input_fd=\"9</dev/null; touch " + canary + "; exec 3\"",
                "_cco_argv=/bin/touch",
                "argv=/bin/touch",
                "CCO_HOME=/tmp",
                "POSIXLY_CORRECT=1", ""));
        Host.Result result = host.sandboxed("echo ran; echo \"[$_cco_argv]\"");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("ran\n[]"), result.toString());
        assertFalse(Files.exists(canary), "the .env ran code on the host");
        assertTrue(result.err().contains("_cco_input_fd refused"), result.toString());
    }

    @Test
    void exportedShellFunctionsOfTheCallerDoNotLeakIn() throws Exception {
        Host.Result result = host.run(host.project, null, "bash", "-c",
                "secretfn() { echo TOKEN=hunter2; }; export -f secretfn; " + TestBundle.launcher() + " --command sh -c 'env'");
        assertEquals(0, result.exitCode(), result.toString());
        assertFalse(result.out().contains("hunter2"), result.toString());
        assertTrue(result.out().contains("HOME="), "positive control: the environment is there");
    }

    @Test
    void badPathOptionsAreOneLineErrorsAndNothingRuns() throws Exception {
        for (String[] args : new String[][] {
            {"--add-dir", host.root.resolve("missing").toString()},
            {"--add-dir"},
            {"--add-dir", "--safe"},
            {"--allow-readonly", ""},
            {"--add-dir", "/tmp", "--deny-path", "/tmp"},
        }) {
            String[] full = new String[args.length + 3];
            System.arraycopy(args, 0, full, 0, args.length);
            full[args.length] = "--command";
            full[args.length + 1] = "touch";
            full[args.length + 2] = host.project.resolve("ran").toString();
            Host.Result result = host.cco(full);
            assertEquals(2, result.exitCode(), String.join(" ", args) + ": " + result);
            assertEquals(1, result.err().lines().count(), result.toString());
            assertFalse(Files.exists(host.project.resolve("ran")), "nothing ran for " + String.join(" ", args));
        }
        assertEquals(0, host.cco("--command", "touch", host.project.resolve("ran").toString()).exitCode(), "positive control");
        assertTrue(Files.exists(host.project.resolve("ran")));
    }
}
