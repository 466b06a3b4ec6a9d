package cco.domain.agent;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where an agent keeps a directory of its state: a place in the home directory, unless the user
 * moved it with a variable. The variable names the directory itself ($CODEX_HOME), a base the
 * agent adds its own name to ($XDG_DATA_HOME/opencode), or a name in the home directory
 * (~/$PI_CONFIG_DIR).
 *
 * @param variable the variable that moves it, if any
 * @param variableNamesInHome the variable's value is a name in the home directory, not a path
 * @param defaultInHome where the variable, if unset, would point, relative to the home directory
 * @param child what the agent adds below that place ("" for nothing)
 */
public record DirectoryLocation(Optional<String> variable, boolean variableNamesInHome, String defaultInHome, String child) {

    public static DirectoryLocation inHome(String relative) {
        return new DirectoryLocation(Optional.empty(), false, relative, "");
    }

    /** $VARIABLE, else ~/defaultInHome. */
    public static DirectoryLocation movedBy(String variable, String defaultInHome) {
        return new DirectoryLocation(Optional.of(variable), false, defaultInHome, "");
    }

    /** ${VARIABLE:-~/defaultBase}/child, as the XDG base directories are used. */
    public static DirectoryLocation below(String variable, String defaultBase, String child) {
        return new DirectoryLocation(Optional.of(variable), false, defaultBase, child);
    }

    /** ~/${VARIABLE:-defaultName}. */
    public static DirectoryLocation namedInHome(String variable, String defaultName) {
        return new DirectoryLocation(Optional.of(variable), true, defaultName, "");
    }

    /** What the user typed, as a path cco resolves: a name in the home directory becomes ~/name. */
    public String typedPath(String value) {
        return variableNamesInHome ? "~/" + value : value;
    }

    /** @param movedTo the host's variables that move agent directories, each resolved to a real path */
    public Path resolve(Path home, Map<String, Path> movedTo) {
        Path base = variable.map(movedTo::get).orElse(home.resolve(defaultInHome));
        return base.resolve(child);
    }
}
