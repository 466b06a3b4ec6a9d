package cco.domain.policy;

import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where places that may not exist yet really are: through the links of their existing ancestors,
 * a missing rest appended (it cannot be a link). Each ancestor is resolved once per policy: the
 * home's many protected places share a few parents.
 */
final class RealLocations implements UnaryOperator<Path> {
    private final HostFileSystem fileSystem;
    private final Map<Path, Path> resolvedDirectories = new HashMap<>();

    RealLocations(HostFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    @Override
    public Path apply(Path path) {
        Optional<Path> real = fileSystem.realPath(path);
        if (real.isPresent() || path.getParent() == null) {
            return real.orElse(path);
        }
        Path parent = path.getParent();
        Path resolvedParent = resolvedDirectories.get(parent);
        if (resolvedParent == null) {
            resolvedParent = apply(parent);
            resolvedDirectories.put(parent, resolvedParent);
        }
        return resolvedParent.resolve(path.getFileName());
    }
}
