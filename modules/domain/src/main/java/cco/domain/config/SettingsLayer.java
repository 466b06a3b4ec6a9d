package cco.domain.config;

import cco.domain.backend.BackendChoice;
import cco.domain.session.NetworkAccess;
import java.util.List;
import java.util.Optional;

/**
 * What one source of settings says (cco's defaults, the user's configuration file, the project's,
 * the environment, the command line), and nothing it does not say; {@code origin} names the source.
 */
public record SettingsLayer(
        String origin,
        Optional<BackendChoice> backend,
        Optional<Boolean> safe,
        List<String> addDirs,
        List<String> readOnlyPaths,
        List<String> deniedPaths,
        List<String> environment,
        Optional<String> baseImage,
        List<String> packages,
        Optional<String> updateSource,
        Optional<String> updateKey,
        Optional<NetworkAccess> network) {

    public SettingsLayer {
        addDirs = List.copyOf(addDirs);
        readOnlyPaths = List.copyOf(readOnlyPaths);
        deniedPaths = List.copyOf(deniedPaths);
        environment = List.copyOf(environment);
        packages = List.copyOf(packages);
    }

    public static SettingsLayer empty(String origin) {
        return new SettingsLayer(origin, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SettingsLayer withUpdateSource(Optional<String> source) {
        return new SettingsLayer(origin, backend, safe, addDirs, readOnlyPaths, deniedPaths, environment, baseImage, packages, source, updateKey, network);
    }
}
