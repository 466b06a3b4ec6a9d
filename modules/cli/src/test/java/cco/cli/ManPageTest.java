package cco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cco(1) is written from the command tree, in roff that troff reads as text wherever cco's words could look like roff. */
class ManPageTest {
    private static final Set<String> MACROS = Set.of(".TH", ".SH", ".SS", ".PP", ".TP", ".nf", ".fi");
    private final DocumentedCommand root = DocumentedCommand.root();
    private final String page = ManPage.text(root);

    @Test
    void thePageHasTheSectionsOfAManualPage() {
        assertTrue(page.startsWith(".TH CCO 1 \"\" \"cco " + BuildVersion.VERSION.replace("-", "\\-") + "\""), page);
        for (String section : List.of(".SH NAME\ncco \\- ", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS",
                ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES")) {
            assertTrue(page.contains(section), section);
        }
    }

    @Test
    void everyOptionSubcommandAndExitCodeIsDescribed() {
        for (DocumentedCommand command : root.withDescendants()) {
            command.options().forEach(option -> List.of(option.names())
                    .forEach(name -> assertTrue(page.contains(Roff.bold(name)), command.name() + " " + name)));
            command.subcommands().forEach(sub -> assertTrue(page.contains(".SS " + Roff.escaped(sub.name()) + "\n"), sub.name()));
        }
        ExitCodes.helpList().forEach((code, meaning) -> assertTrue(page.contains("\\fB" + code + "\\fR\n" + Roff.line(meaning) + "\n"), code));
    }

    @Test
    void onlyTheGeneratorsMacrosStartALine() {
        page.lines().filter(line -> line.startsWith(".") || line.startsWith("'"))
                .forEach(line -> assertTrue(MACROS.contains(line.split(" ")[0]), line));
    }

    @Test
    void roffSpecialsAreEscaped() {
        assertEquals("\\&.profile is read", Roff.line(".profile is read"));
        assertEquals("\\&'quoted' first", Roff.line("'quoted' first"));
        assertEquals("C:\\eUsers and \\-\\-dry\\-run", Roff.line("  C:\\Users and --dry-run"));
        assertEquals("\\fB\\-e\\fR", Roff.bold("-e"));
    }
}
