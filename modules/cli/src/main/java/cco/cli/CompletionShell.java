package cco.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The shells cco writes completion scripts for, and where the bundle installs each under share/. */
enum CompletionShell {
    BASH("bash-completion/completions/cco"),
    ZSH("zsh/site-functions/_cco"),
    FISH("fish/vendor_completions.d/cco.fish");

    private final String installedPath;

    CompletionShell(String installedPath) {
        this.installedPath = installedPath;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(CompletionShell::shellName).toList();
    }

    static Optional<CompletionShell> named(String name) {
        return Arrays.stream(values()).filter(shell -> shell.shellName().equals(name)).findFirst();
    }

    String shellName() {
        return name().toLowerCase();
    }

    /** Relative to the bundle's share/ directory. */
    String installedPath() {
        return installedPath;
    }

    String script(DocumentedCommand root) {
        return switch (this) {
            case BASH -> BashCompletion.script(root);
            case ZSH -> ZshCompletion.script(root);
            case FISH -> FishCompletion.script(root);
        };
    }
}
