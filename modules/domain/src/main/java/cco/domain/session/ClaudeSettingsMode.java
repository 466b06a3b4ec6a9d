package cco.domain.session;

import cco.domain.port.HostFileSystem;
import cco.domain.port.JsonDocuments;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether Claude Code's own settings already choose its auto mode ({@code permissions.defaultMode}
 * "auto"), read from the first of the files that sets a mode: then cco adds no bypass flag, as
 * the shell-script cco does. A file cco cannot read, or one that is not JSON, sets nothing.
 */
final class ClaudeSettingsMode {
    private static final int MAX_BYTES = 1 << 20;

    private ClaudeSettingsMode() {
    }

    static boolean choosesAuto(List<Path> settingsFiles, HostFileSystem fileSystem, JsonDocuments json) {
        return settingsFiles.stream()
                .map(file -> fileSystem.readOwnFile(file, MAX_BYTES) instanceof HostFileSystem.FileRead.Text text ? json.parse(text.content())
                        : Optional.empty())
                .flatMap(Optional::stream)
                .map(ClaudeSettingsMode::defaultMode)
                .flatMap(Optional::stream)
                .findFirst()
                .filter("auto"::equals)
                .isPresent();
    }

    private static Optional<Object> defaultMode(Object settings) {
        return settings instanceof Map<?, ?> top && top.get("permissions") instanceof Map<?, ?> permissions
                ? Optional.ofNullable(permissions.get("defaultMode"))
                : Optional.empty();
    }
}
