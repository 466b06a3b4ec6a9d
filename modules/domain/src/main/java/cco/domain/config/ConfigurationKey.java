package cco.domain.config;

import java.util.Arrays;
import java.util.Optional;

/** The keys a configuration file may hold, as written in JSON, and whether a project's file may set them. */
enum ConfigurationKey {
    BACKEND("backend", false),
    SAFE("safe", true),
    ADD_DIRS("addDirs", false),
    ALLOW_READONLY("allowReadonly", false),
    DENY_PATHS("denyPaths", true),
    ENV("env", false),
    DOCKER("docker", false),
    DOCKER_BASE_IMAGE("docker.baseImage", false),
    DOCKER_PACKAGES("docker.packages", false),
    UPDATE_SOURCE("updateSource", false),
    UPDATE_KEY("updateKey", false),
    NETWORK("network", true);

    private final String json;
    private final boolean narrows;

    ConfigurationKey(String json, boolean narrows) {
        this.json = json;
        this.narrows = narrows;
    }

    String json() {
        return json;
    }

    /** Whether a project's file may set it: it can only take access away (more denies, the safe mode, no network). */
    boolean narrows() {
        return narrows;
    }

    static Optional<ConfigurationKey> of(String json) {
        return Arrays.stream(values()).filter(key -> key.json.equals(json)).findFirst();
    }

    static String known(String prefix) {
        return String.join(", ", Arrays.stream(values()).map(ConfigurationKey::json).filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length())).filter(name -> !name.contains(".")).toList());
    }
}
