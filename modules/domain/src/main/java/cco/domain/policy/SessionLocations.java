package cco.domain.policy;

import java.nio.file.Path;
import java.util.Optional;

/** The real host paths a session's policy is built around. */
public record SessionLocations(Path project, Path home, Optional<Path> codexHome) {
}
