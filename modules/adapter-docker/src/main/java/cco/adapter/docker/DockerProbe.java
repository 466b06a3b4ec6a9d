package cco.adapter.docker;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendKind;
import cco.domain.port.BackendProbe;

/** Finds a Docker daemon that answers, trying each place one may be and reporting every failure. */
public final class DockerProbe implements BackendProbe {
    private final DockerEngine engine;

    public DockerProbe(DockerEngine engine) {
        this.engine = engine;
    }

    @Override
    public BackendKind kind() {
        return BackendKind.DOCKER;
    }

    @Override
    public Availability check() {
        return switch (engine.search()) {
            case Engine.Search.Found found -> new Availability.Usable("Docker Engine at " + found.endpoint().describe());
            case Engine.Search.NotFound none -> new Availability.Unusable("no Docker daemon answers: " + String.join("; ", none.failures()), none.fix());
        };
    }
}
