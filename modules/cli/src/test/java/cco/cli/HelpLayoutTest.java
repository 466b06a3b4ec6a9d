package cco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.session.Platform;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: --help fits an 80-column terminal, for cco and each of its commands (picocli's width without a terminal). */
class HelpLayoutTest {
    private static final int COLUMNS = 80;

    @TempDir
    Path home;

    @Test
    void everyHelpFitsEightyColumnsWithItsSynopsisWhole() {
        DocumentedCommand root = DocumentedCommand.root();
        Map<List<String>, DocumentedCommand> helps = new LinkedHashMap<>();
        helps.put(List.of("--help"), root);
        root.subcommands().stream().filter(command -> command.options().stream().anyMatch(option -> option.usageHelp()))
                .forEach(command -> helps.put(List.of(command.name(), "--help"), command));
        assertTrue(helps.size() > 5, "the subcommands with a help of their own: " + helps.keySet());
        helps.forEach((commandLine, command) -> {
            CliRun run = CliRun.run(Platform.LINUX, Map.of(), home, home, commandLine.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            run.out().lines().forEach(line -> assertTrue(line.length() <= COLUMNS, commandLine + ": wider than " + COLUMNS + ": " + line));
            // picocli wraps the lines of a synopsis of the command's own that are too wide, without indenting their ends.
            List<String> lines = run.out().lines().toList();
            String[] synopsis = command.spec().usageMessage().customSynopsis();
            for (int i = 0; i < synopsis.length; i++) {
                String expected = (i == 0 ? "Usage: " : "") + synopsis[i];
                assertTrue(lines.contains(expected), commandLine + ": a broken synopsis line: " + expected);
            }
        });
    }
}
