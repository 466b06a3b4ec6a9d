package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cco.domain.failure.CcoException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void wordsAreSplitAsAShellWouldWithoutEvaluatingAnything() {
        assertEquals(List.of("ccr", "code"), ShellWords.split("  ccr\tcode ", "--claude-command"));
        assertEquals(List.of("/opt/my router/bin/r", "--flag=a b", "$HOME", "`id`", "it's"),
                ShellWords.split("'/opt/my router/bin/r' --flag=\"a b\" $HOME `id` it\\'s", "--claude-command"));
        assertEquals(List.of("a\"b\\c$d", "e\\f"), ShellWords.split("\"a\\\"b\\\\c\\$d\" \"e\\f\"", "--claude-command"));
        assertEquals(List.of("x", ""), ShellWords.split("x ''", "--claude-command"));
    }

    @Test
    void aLineThatIsNotACommandIsAUsageError() {
        for (String line : List.of("ccr 'code", "ccr \"code", "ccr code\\", "   ", "'' code")) {
            CcoException e = assertThrows(CcoException.class, () -> ShellWords.split(line, "--claude-command"), line);
            assertEquals(true, e.getMessage().startsWith("--claude-command: "), e.getMessage());
        }
    }
}
