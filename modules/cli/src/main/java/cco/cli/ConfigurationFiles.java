package cco.cli;

import cco.domain.config.ConfigurationReader;
import cco.domain.config.EffectiveSettings;
import cco.domain.config.SettingsLayer;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.path.HostPathResolver;
import cco.safefiles.SafeFiles;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The user's configuration ($XDG_CONFIG_HOME/cco/config.json, else ~/.config/cco/config.json)
 * and the project's (.cco.json in the project, which may only narrow), read when they exist.
 * Parser messages are never passed on: they quote the file's text.
 */
final class ConfigurationFiles {
    static final String PROJECT_FILE = ".cco.json";
    private static final int LIMIT = 1 << 20;

    private final HostContext host;
    private final HostPathResolver resolver;

    ConfigurationFiles(HostContext host, HostPathResolver resolver) {
        this.host = host;
        this.resolver = resolver;
    }

    Path userFile() {
        String xdgConfig = host.environment().getOrDefault("XDG_CONFIG_HOME", "");
        return (xdgConfig.startsWith("/") ? Path.of(xdgConfig) : host.home().resolve(".config")).resolve("cco/config.json");
    }

    Path projectFile() {
        return host.workingDirectory().resolve(PROJECT_FILE);
    }

    /** Lowest precedence first: the user's file, the project's if asked for, the environment (CCO_BASE_IMAGE, CCO_UPDATE_SOURCE, CCO_UPDATE_KEY), the command line. */
    EffectiveSettings settings(SettingsLayer commandLine, boolean withProjectFile) {
        List<SettingsLayer> layers = new ArrayList<>();
        List<ConfigurationReader.Reading> readings = new ArrayList<>();
        readUserFile().ifPresent(readings::add);
        if (withProjectFile) {
            readProjectFile().ifPresent(readings::add);
        }
        for (ConfigurationReader.Reading reading : readings) {
            reading.warnings().forEach(warning -> host.err().println("cco: warning: " + DisplayText.of(warning)));
            layers.add(reading.layer());
        }
        layers.add(environmentLayer());
        layers.add(commandLine);
        return EffectiveSettings.resolve(layers);
    }

    Optional<ConfigurationReader.Reading> readUserFile() {
        return read(userFile(), false, ConfigurationReader::userFile);
    }

    /** Its denials are checked where they really are: a link in the project may lead out of it. */
    Optional<ConfigurationReader.Reading> readProjectFile() {
        Path project = resolver.possiblyMissing(".", PROJECT_FILE);
        return read(projectFile(), true, (name, tree) -> ConfigurationReader.projectFile(name, tree,
                path -> resolver.possiblyMissing(path, PROJECT_FILE + " denyPaths").startsWith(project)));
    }

    private SettingsLayer environmentLayer() {
        Map<String, String> environment = host.environment();
        SettingsLayer none = SettingsLayer.empty("environment");
        return new SettingsLayer(none.origin(), none.backend(), none.safe(), List.of(), List.of(), List.of(), List.of(),
                variable(environment, "CCO_BASE_IMAGE"), List.of(), variable(environment, "CCO_UPDATE_SOURCE"),
                variable(environment, "CCO_UPDATE_KEY").map(ConfigurationFiles::anchoredKey), Optional.empty());
    }

    /** As in the configuration file: a relative key would be read from wherever cco runs, most often a project an agent writes. */
    private static String anchoredKey(String key) {
        if (!ConfigurationReader.isAnchored(key)) {
            throw new CcoException(FailureKind.CONFIGURATION, "CCO_UPDATE_KEY: '" + key + "' must be absolute or start with ~/");
        }
        return key;
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** A project's file is read without following a link at its name: the agent may have planted one. */
    private static Optional<ConfigurationReader.Reading> read(Path file, boolean sandboxWritable,
            BiFunction<String, Object, ConfigurationReader.Reading> reader) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String name = file.toString();
        return Optional.of(reader.apply(name, parse(file, name, sandboxWritable)));
    }

    private static Object parse(Path file, String name, boolean sandboxWritable) {
        byte[] content;
        try {
            content = sandboxWritable ? SafeFiles.readRegularFile(file, LIMIT) : Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CcoException(FailureKind.CONFIGURATION, name + ": cannot read it: " + e.getMessage());
        }
        try {
            return new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readValue(content, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CcoException(FailureKind.CONFIGURATION, name + ": not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new CcoException(FailureKind.CONFIGURATION, name + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }
}
