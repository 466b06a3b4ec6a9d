package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: the completion scripts and the man page the bundle installs, loaded by the real shells and man. */
class CompletionAndManPageTest extends OnHost {
    private static final int COLUMNS = 80;

    private static Path share() {
        return TestBundle.launcher().getParent().getParent().resolve("share");
    }

    @Test
    void bashLoadsTheCompletionAndCompletesSubcommandsOptionsAndTheirValues() throws Exception {
        Host.Result result = host.run(host.project, null, "bash", "-c", """
                source "$1" || exit 10
                complete -p cco || exit 11
                function=$(complete -p cco | sed -n 's/.* -F \\([^ ]*\\) .*/\\1/p')
                completions() {
                    COMP_WORDS=("$@") COMP_CWORD=$(($# - 1)) COMP_LINE="$*" COMPREPLY=()
                    COMP_POINT=${#COMP_LINE}
                    "$function"
                    echo "${COMP_WORDS[*]} => ${COMPREPLY[*]}"
                }
                completions cco inf
                completions cco --back
                completions cco --backend d
                completions cco --dry-run codex
                completions cco info --j
                """, "bash", share().resolve("bash-completion/completions/cco").toString());
        assertEquals(0, result.exitCode(), result.toString());
        for (String expected : List.of("cco inf => info\n", "cco --back => --backend\n", "cco --backend d => docker\n",
                "cco --dry-run codex => codex\n", "cco info --j => --json\n")) {
            assertTrue(result.out().contains(expected), expected + " in " + result);
        }
    }

    @Test
    void zshRegistersTheCompletionFromFpathAndWhenSourcedAfterCompinit() throws Exception {
        Host.Result fromFpath = host.run(host.project, null, "zsh", "-f", "-c", """
                fpath=("$1" $fpath)
                autoload -Uz compinit && compinit -u -d "$2" || exit 10
                print -r -- "registered: $_comps[cco]"
                autoload +X _cco && whence -w _cco
                """, "zsh", share().resolve("zsh/site-functions").toString(), host.root.resolve("zcompdump").toString());
        assertEquals(0, fromFpath.exitCode(), fromFpath.toString());
        assertTrue(fromFpath.out().contains("registered: _cco\n") && fromFpath.out().contains("_cco: function"), fromFpath.toString());
        assertEquals("", fromFpath.err(), fromFpath.toString());

        Host.Result sourced = host.run(host.project, null, "zsh", "-f", "-c", """
                autoload -Uz compinit && compinit -u -d "$2" || exit 10
                source <("$1" completion zsh) || exit 11
                print -r -- "registered: $_comps[cco]"
                """, "zsh", TestBundle.launcher().toString(), host.root.resolve("zcompdump").toString());
        assertEquals(0, sourced.exitCode(), sourced.toString());
        assertTrue(sourced.out().contains("registered: _cco\n"), sourced.toString());
        assertEquals("", sourced.err(), sourced.toString());
    }

    @Test
    void fishCompletesSubcommandsAndOptionValues() throws Exception {
        host.environment.put("COMPLETIONS", share().resolve("fish/vendor_completions.d/cco.fish").toString());
        Host.Result result = host.run(host.project, null, "fish", "--no-config", "-c",
                "source $COMPLETIONS; and complete -C 'cco inf'; and echo ---; and complete -C 'cco --backend '");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err(), result.toString());
        String[] parts = result.out().split("---\n");
        assertTrue(parts[0].startsWith("info\t"), result.toString());
        assertEquals(List.of("auto", "docker", "native"), parts[1].lines().map(line -> line.split("\t")[0]).toList(), result.toString());
    }

    @Test
    void manRendersThePageWithoutWarningsIn80Columns() throws Exception {
        host.environment.put("MANWIDTH", String.valueOf(COLUMNS));
        Host.Result result = host.run(host.project, null, "sh", "-c", "man --warnings -l \"$1\" | col -b", "sh",
                share().resolve("man/man1/cco.1").toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err(), result.toString());
        for (String expected : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES",
                "--backend=auto|native|docker", "restore-creds", "125")) {
            assertTrue(result.out().contains(expected), expected + " in " + result);
        }
        assertFitsColumns(result.out());
    }

    @Test
    void helpFits80ColumnsInAPipeAndOnAnEightyColumnTerminal() throws Exception {
        Host.Result piped = host.cco("--help");
        assertEquals(0, piped.exitCode(), piped.toString());
        assertFitsColumns(piped.out());
        // picocli wraps a synopsis line that is too wide, leaving its end at the start of a line of its own.
        piped.out().lines().takeWhile(line -> !line.isEmpty())
                .forEach(line -> assertTrue(line.startsWith("Usage: cco ") || line.startsWith("       cco "), "a broken synopsis line: " + line));

        host.environment.put("CCO", TestBundle.launcher().toString());
        host.environment.put("NO_COLOR", "1");
        host.environment.put("SHELL", "/bin/sh");
        Host.Result terminal = host.run(host.project, null, "script", "-qec", "stty cols " + COLUMNS + " && exec \"$CCO\" --help", "/dev/null");
        assertEquals(0, terminal.exitCode(), terminal.toString());
        String output = terminal.out().replace("\r", "");
        assertTrue(output.contains("Exit codes:"), terminal.toString());
        assertFitsColumns(output);
    }

    private static void assertFitsColumns(String text) {
        text.lines().forEach(line -> assertTrue(line.length() <= COLUMNS, "wider than " + COLUMNS + " columns: " + line));
    }
}
