package cco.domain.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Places in the home directory from which the host runs code later without being asked: shell
 * start-up and login files, the desktop's autostart and systemd user units, directories on the
 * login $PATH and Python's user site (whose .pth files run at every start), git's, the editors'
 * and the terminal tools' configuration, and cco's own. They matter only where a session can
 * write them: in a writable root that contains them (the project is $HOME, or --add-dir ~).
 * Those a host program reads by default are protected even while they do not exist; those that
 * belong to a tool only once it is installed (version managers, language toolchains) when they do.
 */
final class HomeCodeLocations {
    static final Map<String, WhenMissing> EVEN_IF_MISSING = Map.ofEntries(
            Map.entry(".bashrc", WhenMissing.EMPTY_FILE),
            // An empty stand-in would hide ~/.profile from a login bash: moved aside if created instead.
            Map.entry(".bash_profile", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".bash_login", WhenMissing.QUARANTINE_IF_CREATED),
            Map.entry(".profile", WhenMissing.EMPTY_FILE),
            Map.entry(".bash_logout", WhenMissing.EMPTY_FILE),
            Map.entry(".bash_aliases", WhenMissing.EMPTY_FILE),
            Map.entry(".zshrc", WhenMissing.EMPTY_FILE),
            Map.entry(".zshenv", WhenMissing.EMPTY_FILE),
            Map.entry(".zprofile", WhenMissing.EMPTY_FILE),
            Map.entry(".zlogin", WhenMissing.EMPTY_FILE),
            Map.entry(".zlogout", WhenMissing.EMPTY_FILE),
            Map.entry(".xprofile", WhenMissing.EMPTY_FILE),
            Map.entry(".xsession", WhenMissing.EMPTY_FILE),
            Map.entry(".xsessionrc", WhenMissing.EMPTY_FILE),
            Map.entry(".xinitrc", WhenMissing.EMPTY_FILE),
            Map.entry(".pam_environment", WhenMissing.EMPTY_FILE),
            Map.entry(".inputrc", WhenMissing.EMPTY_FILE),
            Map.entry(".gitconfig", WhenMissing.EMPTY_FILE),
            Map.entry(".vimrc", WhenMissing.EMPTY_FILE),
            Map.entry(".emacs", WhenMissing.EMPTY_FILE),
            Map.entry(".tmux.conf", WhenMissing.EMPTY_FILE),
            Map.entry(".config/fish", WhenMissing.DIRECTORY),
            Map.entry(".config/autostart", WhenMissing.DIRECTORY),
            Map.entry(".config/systemd", WhenMissing.DIRECTORY),
            Map.entry(".config/environment.d", WhenMissing.DIRECTORY),
            Map.entry(".config/git", WhenMissing.DIRECTORY),
            Map.entry(".config/nvim", WhenMissing.DIRECTORY),
            Map.entry(".config/cco", WhenMissing.DIRECTORY),
            Map.entry(".local/bin", WhenMissing.DIRECTORY),
            Map.entry(".local/lib", WhenMissing.DIRECTORY),
            Map.entry("bin", WhenMissing.DIRECTORY),
            Map.entry(".vim", WhenMissing.DIRECTORY),
            Map.entry(".emacs.d", WhenMissing.DIRECTORY));
    static final List<String> IF_PRESENT = List.of(
            ".kshrc", ".mkshrc", ".cshrc", ".tcshrc", ".login", ".oh-my-zsh", ".zsh", ".config/zsh", ".config/tmux", ".config/direnv",
            ".direnvrc", ".gdbinit", ".psqlrc", ".irbrc", ".pryrc", ".Rprofile", ".ipython", ".jupyter", ".hgrc", ".yarnrc", ".yarnrc.yml",
            ".nvm", ".pyenv", ".rbenv", ".sdkman", ".asdf", ".volta", ".bun", ".deno", ".cargo/bin", ".cargo/config.toml", ".cargo/config",
            "go/bin", ".gradle/init.d", ".gradle/init.gradle", ".gradle/gradle.properties", ".local/share/applications",
            ".config/Code/User", ".config/Cursor/User");

    private HomeCodeLocations() {
    }

    /**
     * Read-only rules for the locations that lie inside one of the writable roots, each taken where
     * it really is ({@code real}: through the links of its existing ancestors): a ~/.config that
     * links into the project puts ~/.config/git there.
     */
    static List<PathRule> withinWritableRoots(Path home, List<Path> writableRoots, UnaryOperator<Path> real) {
        List<PathRule> rules = new ArrayList<>(evenIfMissingWithin(home, EVEN_IF_MISSING, Access.READ_ONLY, RuleOrigin.HOST_RUNS_CODE,
                writableRoots, real));
        for (String relative : IF_PRESENT) {
            Path path = real.apply(home.resolve(relative));
            if (within(path, writableRoots)) {
                rules.add(PathRule.existing(path, Access.READ_ONLY, RuleOrigin.HOST_RUNS_CODE));
            }
        }
        return rules;
    }

    /** Rules that hold even before their path exists, for the home-relative paths that really lie inside a writable root. */
    static List<PathRule> evenIfMissingWithin(Path home, Map<String, WhenMissing> relativePaths, Access access, RuleOrigin origin,
            List<Path> writableRoots, UnaryOperator<Path> real) {
        return relativePaths.entrySet().stream()
                .map(entry -> Map.entry(real.apply(home.resolve(entry.getKey())), entry.getValue()))
                .filter(entry -> within(entry.getKey(), writableRoots))
                .map(entry -> PathRule.evenIfMissing(entry.getKey(), access, origin, entry.getValue()))
                .toList();
    }

    static boolean within(Path path, List<Path> roots) {
        return roots.stream().anyMatch(path::startsWith);
    }
}
