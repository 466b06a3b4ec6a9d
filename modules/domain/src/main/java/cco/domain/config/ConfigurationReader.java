package cco.domain.config;

import cco.domain.backend.BackendChoice;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.session.DockerOptions;
import cco.domain.session.EnvAssignment;
import cco.domain.session.NetworkAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Validates a configuration file's JSON tree (maps, lists, strings, booleans, numbers, as a JSON
 * parser gives them) into the layer of settings it stands for. Every problem stops cco with a
 * line naming the file, the key and the problem. A project's file (which the agent can write) may
 * only narrow access: what it sets beyond that is left out, each with a warning.
 */
public final class ConfigurationReader {
    private final String file;
    private final boolean projectFile;
    private final Predicate<String> insideTheProject;
    private final List<String> warnings = new ArrayList<>();

    /** A layer and the warnings its reading gave. */
    public record Reading(SettingsLayer layer, List<String> warnings) {
        public Reading {
            warnings = List.copyOf(warnings);
        }
    }

    private ConfigurationReader(String file, boolean projectFile, Predicate<String> insideTheProject) {
        this.file = file;
        this.projectFile = projectFile;
        this.insideTheProject = insideTheProject;
    }

    /** The user's own file: every setting it may hold. Paths must be absolute or start with ~/. */
    public static Reading userFile(String file, Object tree) {
        return new ConfigurationReader(file, false, path -> true).read(tree);
    }

    /**
     * A project's file: narrowing settings only, its denials inside the project only
     * ({@code insideTheProject} says where a path really is): a denied path that does not exist gets
     * a stand-in for the session, which cco must not make elsewhere at a project's word.
     */
    public static Reading projectFile(String file, Object tree, Predicate<String> insideTheProject) {
        return new ConfigurationReader(file, true, insideTheProject).read(tree);
    }

    private Reading read(Object tree) {
        Map<?, ?> top = object(tree, "");
        SettingsLayer layer = SettingsLayer.empty((projectFile ? "project file " : "user configuration ") + file);
        Optional<BackendChoice> backend = Optional.empty();
        Optional<Boolean> safe = Optional.empty();
        List<String> addDirs = List.of();
        List<String> readOnly = List.of();
        List<String> denied = List.of();
        List<String> environment = List.of();
        Optional<String> baseImage = Optional.empty();
        List<String> packages = List.of();
        Optional<String> updateSource = Optional.empty();
        Optional<String> updateKey = Optional.empty();
        Optional<NetworkAccess> network = Optional.empty();
        for (Map.Entry<?, ?> entry : top.entrySet()) {
            ConfigurationKey key = key(entry.getKey(), "");
            if (!admitted(key, entry.getValue())) {
                continue;
            }
            Object value = entry.getValue();
            switch (key) {
                case BACKEND -> backend = Optional.of(choice(value, key, BackendChoice::parse));
                case SAFE -> safe = Optional.of(bool(value, key));
                case ADD_DIRS -> addDirs = paths(value, key, true);
                case ALLOW_READONLY -> readOnly = paths(value, key, false);
                case DENY_PATHS -> denied = paths(value, key, false).stream().filter(this::deniable).toList();
                case ENV -> environment = strings(value, key, EnvAssignment::nameIn, EnvAssignment::problemWithName);
                case UPDATE_SOURCE -> updateSource = Optional.of(updateSource(value));
                case UPDATE_KEY -> updateKey = Optional.of(updateKey(value));
                case NETWORK -> network = Optional.of(choice(value, key, NetworkAccess::parse));
                case DOCKER -> {
                    for (Map.Entry<?, ?> docker : object(value, key.json() + ": ").entrySet()) {
                        ConfigurationKey inner = key(docker.getKey(), "docker.");
                        if (inner == ConfigurationKey.DOCKER_BASE_IMAGE) {
                            baseImage = Optional.of(imageName(docker.getValue(), inner));
                        } else {
                            packages = strings(docker.getValue(), inner, name -> name,
                                    name -> DockerOptions.isPackageName(name) ? Optional.empty() : Optional.of("not a Debian package name: '" + name + "'"));
                        }
                    }
                }
                default -> {
                    // docker.* keys: only inside "docker", where key() admits them.
                }
            }
        }
        return new Reading(new SettingsLayer(layer.origin(), backend, safe, addDirs, readOnly, denied, environment, baseImage, packages, updateSource,
                updateKey, network), warnings);
    }

    /** In a project's file, what would widen access is left out with a warning. */
    private boolean admitted(ConfigurationKey key, Object value) {
        boolean narrowing = key.narrows() && !Boolean.FALSE.equals(value) && (key != ConfigurationKey.NETWORK || "none".equals(value));
        if (!projectFile || narrowing) {
            return true;
        }
        warnings.add(file + ": " + key.json() + " ignored: a project's file may only narrow access (denyPaths, \"safe\": true, \"network\": \"none\")");
        return false;
    }

    private boolean deniable(String path) {
        if (insideTheProject.test(path)) {
            return true;
        }
        warnings.add(file + ": denyPaths: '" + path + "' ignored: a project's file may only deny paths inside the project");
        return false;
    }

    private ConfigurationKey key(Object name, String prefix) {
        return ConfigurationKey.of(prefix + name).filter(key -> !String.valueOf(name).contains("."))
                .orElseThrow(() -> problem(prefix + name, "unknown key (known: " + ConfigurationKey.known(prefix) + ")"));
    }

    private Map<?, ?> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new CcoException(FailureKind.CONFIGURATION, file + ": " + where + "expected a JSON object, found " + describe(value));
    }

    /** A value the command line's own parser takes, its complaint named with the file and the key. */
    private <T> T choice(Object value, ConfigurationKey key, Function<String, T> parse) {
        String name = string(value, key);
        try {
            return parse.apply(name);
        } catch (CcoException e) {
            throw problem(key.json(), e.getMessage());
        }
    }

    private boolean bool(Object value, ConfigurationKey key) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw problem(key.json(), "expected true or false, found " + describe(value));
    }

    private String string(Object value, ConfigurationKey key) {
        if (value instanceof String text && !text.isBlank() && text.indexOf('\0') < 0) {
            return text;
        }
        throw problem(key.json(), "expected a non-empty string, found " + describe(value));
    }

    /** Resolved wherever cco runs next: anchored like the file's other paths, or an https URL. */
    private String updateSource(Object value) {
        String source = string(value, ConfigurationKey.UPDATE_SOURCE);
        if (!source.startsWith("https://") && !anchored(source)) {
            throw problem(ConfigurationKey.UPDATE_SOURCE.json(), "'" + source + "' must be an https URL, absolute or start with ~/");
        }
        return source;
    }

    /** A file of this machine, as an update source that is not a URL: releases are checked with the key it holds (ADR 0032). */
    private String updateKey(Object value) {
        String file = string(value, ConfigurationKey.UPDATE_KEY);
        if (!anchored(file)) {
            throw problem(ConfigurationKey.UPDATE_KEY.json(), "'" + file + "' must be absolute or start with ~/");
        }
        return file;
    }

    private String imageName(Object value, ConfigurationKey key) {
        String name = string(value, key);
        if (name.chars().anyMatch(Character::isWhitespace)) {
            throw problem(key.json(), "not an image name: '" + name + "'");
        }
        return name;
    }

    /** Paths as --add-dir, --allow-readonly and --deny-path take them. */
    private List<String> paths(Object value, ConfigurationKey key, boolean withMode) {
        return strings(value, key, entry -> withMode ? entry.replaceFirst(":(ro|rw)$", "") : entry, path -> anchored(path)
                ? Optional.empty() : Optional.of("'" + path + "' must be absolute or start with ~/"));
    }

    /** A project's paths are the project's when relative; the user's file has no directory they could be relative to. */
    private boolean anchored(String path) {
        return projectFile || isAnchored(path);
    }

    /** Absolute or in the home: what a path must be where nothing says what it would be relative to. */
    public static boolean isAnchored(String path) {
        return path.startsWith("/") || path.equals("~") || path.startsWith("~/");
    }

    private List<String> strings(Object value, ConfigurationKey key, UnaryOperator<String> checked, Function<String, Optional<String>> problemWith) {
        if (!(value instanceof List<?> list)) {
            throw problem(key.json(), "expected a list of strings, found " + describe(value));
        }
        List<String> entries = new ArrayList<>();
        for (Object element : list) {
            String entry = string(element, key);
            problemWith.apply(checked.apply(entry)).ifPresent(problem -> {
                throw problem(key.json(), problem);
            });
            entries.add(entry);
        }
        return entries;
    }

    private CcoException problem(String key, String problem) {
        return new CcoException(FailureKind.CONFIGURATION, file + ": " + key + ": " + problem);
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> "a string";
            case Boolean flag -> flag.toString();
            case Number number -> "a number";
            case List<?> list -> "a list";
            case Map<?, ?> map -> "an object";
            default -> value.getClass().getSimpleName();
        };
    }
}
