package cco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The completion scripts are written from the command tree: whatever it declares, they offer. */
class CompletionScriptsTest {

    @ParameterizedTest
    @EnumSource(CompletionShell.class)
    void everyOptionAndSubcommandOfTheTreeIsInTheScript(CompletionShell shell) {
        DocumentedCommand root = DocumentedCommand.root();
        String script = shell.script(root);
        for (DocumentedCommand command : root.withDescendants()) {
            command.options().forEach(option -> List.of(option.names())
                    .forEach(name -> assertTrue(script.contains(asWritten(shell, name)), command.name() + " " + name)));
            command.subcommands().forEach(sub -> assertTrue(script.contains(sub.name()), sub.name()));
        }
        assertTrue(script.contains("auto native docker"), "the values of --backend");
        assertTrue(script.contains("bash zsh fish"), "the shells of cco completion");
    }

    @ParameterizedTest
    @EnumSource(CompletionShell.class)
    void optionsAndSubcommandsAddedToTheTreeAreCompletedWithoutFurtherWork(CompletionShell shell) {
        CommandSpec spec = CommandTree.root();
        spec.addOption(OptionSpec.builder("--colour-scheme").paramLabel("SCHEME").arity("1").completionCandidates(List.of("ochre", "teal"))
                .description("A new option. With two sentences.").build());
        CommandSpec later = CommandSpec.create().name("later-command");
        later.usageMessage().description("A new subcommand.");
        later.addOption(OptionSpec.builder("--inbox").paramLabel("DIR").arity("1").description("Where to look.").build());
        spec.addSubcommand("later-command", later);

        String script = shell.script(new DocumentedCommand(spec));
        for (String expected : List.of(asWritten(shell, "--colour-scheme"), "ochre teal", "later-command", asWritten(shell, "--inbox"))) {
            assertTrue(script.contains(expected), expected + " in:\n" + script);
        }
        if (shell != CompletionShell.BASH) {
            assertTrue(script.contains("A new option"), "the first sentence describes it");
        }
    }

    @Test
    void aNameAShellWouldReadAsCodeIsRefused() {
        OptionSpec option = OptionSpec.builder("--mode").arity("1").completionCandidates(List.of("safe", "$(reboot)")).build();
        assertThrows(IllegalStateException.class, () -> ValueCompletion.of(option));
    }

    @Test
    void valuesAreCompletedByWhatTheSpecSays() {
        DocumentedCommand root = DocumentedCommand.root();
        assertEquals(ValueCompletion.Kind.FILES, kind(root, "--deny-path"));
        assertEquals(ValueCompletion.Kind.CHOICES, kind(root, "--backend"));
        assertEquals(ValueCompletion.Kind.PROGRAM, kind(root, "--command"));
        assertEquals(ValueCompletion.Kind.TEXT, kind(root, "--env"));
        assertEquals(ValueCompletion.Kind.NONE, kind(root, "--safe"));
    }

    @Test
    void aSummaryIsTheFirstSentenceOrClause() {
        DocumentedCommand root = DocumentedCommand.root();
        assertEquals("Isolation to use", DocumentedCommand.summary(root.spec().findOption("--backend")));
        assertEquals("Give the sandbox the host's Docker socket", DocumentedCommand.summary(root.spec().findOption("--docker")));
    }

    private static ValueCompletion.Kind kind(DocumentedCommand command, String option) {
        return ValueCompletion.of(command.spec().findOption(option)).kind();
    }

    /** fish declares options by their names without dashes. */
    private static String asWritten(CompletionShell shell, String optionName) {
        if (shell != CompletionShell.FISH) {
            return optionName;
        }
        return optionName.startsWith("--") ? "-l " + optionName.substring(2) : "-s " + optionName.substring(1);
    }
}
