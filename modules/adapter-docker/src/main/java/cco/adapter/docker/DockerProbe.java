package cco.adapter.docker;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendKind;
import cco.domain.port.BackendProbe;
import java.nio.file.Path;
import java.util.Map;

/** Finds a Docker daemon that answers, trying each place one may be and reporting every failure. */
public final class DockerProbe implements BackendProbe {
    private final DaemonLocator locator;

    public DockerProbe(Map<String, String> environment, Path home) {
        this(new DaemonLocator(environment, home));
    }

    DockerProbe(DaemonLocator locator) {
        this.locator = locator;
    }

    @Override
    public BackendKind kind() {
        return BackendKind.DOCKER;
    }

    @Override
    public Availability check() {
        return switch (Engine.find(locator)) {
            case Engine.Search.Found found -> new Availability.Usable("Docker Engine at " + found.endpoint().describe());
            case Engine.Search.NotFound none -> new Availability.Unusable("no Docker daemon answers: " + String.join("; ", none.failures()), none.fix());
        };
    }
}
