package cco.domain.config;

import cco.domain.backend.BackendChoice;
import cco.domain.session.EnvAssignment;
import cco.domain.session.NetworkAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The settings a run takes from its layers, lowest precedence first (cco's defaults, the user's
 * file, the project's, the environment, the command line): a single value from the last layer
 * that sets it, lists from every layer in order. Each value keeps where it came from, which
 * --dry-run shows.
 */
public record EffectiveSettings(
        BackendChoice backend,
        boolean safe,
        List<String> addDirs,
        List<String> readOnlyPaths,
        List<String> deniedPaths,
        List<String> environment,
        Optional<String> baseImage,
        List<String> packages,
        Optional<String> updateSource,
        Optional<String> updateKey,
        NetworkAccess network,
        List<Origin> origins) {

    public static final String DEFAULT = "default";
    private static final String UPDATE_KEY = "update key";

    /** One effective value, in the words of the command line, and the layer that set it. */
    public record Origin(String setting, String value, String layer) {
    }

    public static EffectiveSettings resolve(List<SettingsLayer> layers) {
        List<Origin> origins = new ArrayList<>();
        BackendChoice backend = last(layers, SettingsLayer::backend, "--backend", BackendChoice::cliName, origins)
                .orElseGet(() -> byDefault(BackendChoice.AUTO, "--backend", BackendChoice.AUTO.cliName(), origins));
        boolean safe = last(layers, SettingsLayer::safe, "--safe", String::valueOf, origins)
                .orElseGet(() -> byDefault(false, "--safe", "false", origins));
        NetworkAccess network = last(layers, SettingsLayer::network, "--network", choice -> choice.name().toLowerCase(Locale.ROOT), origins)
                .orElseGet(() -> byDefault(NetworkAccess.HOST, "--network", "host", origins));
        return new EffectiveSettings(backend, safe,
                all(layers, SettingsLayer::addDirs, "--add-dir", UnaryOperator.identity(), origins),
                all(layers, SettingsLayer::readOnlyPaths, "--allow-readonly", UnaryOperator.identity(), origins),
                all(layers, SettingsLayer::deniedPaths, "--deny-path", UnaryOperator.identity(), origins),
                all(layers, SettingsLayer::environment, "--env", EnvAssignment::nameIn, origins),
                last(layers, SettingsLayer::baseImage, "docker base image", Function.identity(), origins),
                all(layers, SettingsLayer::packages, "--packages", UnaryOperator.identity(), origins).stream().distinct().toList(),
                last(layers, SettingsLayer::updateSource, "update source", Function.identity(), origins),
                updateKey(layers, origins),
                network,
                origins);
    }

    /** Said either way: without a key, self-update checks releases by their checksum only (ADR 0032). */
    private static Optional<String> updateKey(List<SettingsLayer> layers, List<Origin> origins) {
        Optional<String> key = last(layers, SettingsLayer::updateKey, UPDATE_KEY, Function.identity(), origins);
        if (key.isEmpty()) {
            origins.add(new Origin(UPDATE_KEY, "none (self-update checks releases by checksum, not by signature)", DEFAULT));
        }
        return key;
    }

    private static <T> T byDefault(T value, String name, String shown, List<Origin> origins) {
        origins.add(new Origin(name, shown, DEFAULT));
        return value;
    }

    private static <T> Optional<T> last(List<SettingsLayer> layers, Function<SettingsLayer, Optional<T>> setting, String name,
            Function<T, String> shown, List<Origin> origins) {
        for (SettingsLayer layer : layers.reversed()) {
            Optional<T> value = setting.apply(layer);
            if (value.isPresent()) {
                origins.add(new Origin(name, shown.apply(value.get()), layer.origin()));
                return value;
            }
        }
        return Optional.empty();
    }

    /** A variable's value is never shown: only its name. */
    private static List<String> all(List<SettingsLayer> layers, Function<SettingsLayer, List<String>> setting, String name, UnaryOperator<String> shown,
            List<Origin> origins) {
        List<String> values = new ArrayList<>();
        for (SettingsLayer layer : layers) {
            for (String value : setting.apply(layer)) {
                values.add(value);
                origins.add(new Origin(name, shown.apply(value), layer.origin()));
            }
        }
        return values;
    }
}
