package cco.domain.backend;

import cco.domain.port.BackendProbe;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the backend for a session. {@code native} and {@code docker} accept only that backend
 * and fail closed; {@code auto} prefers the native backend of this platform and falls back to
 * Docker. Probes run lazily: a usable native backend spares the Docker check.
 */
public final class BackendSelector {
    private final BackendProbe nativeProbe;
    private final BackendProbe dockerProbe;

    public BackendSelector(BackendProbe nativeProbe, BackendProbe dockerProbe) {
        this.nativeProbe = nativeProbe;
        this.dockerProbe = dockerProbe;
    }

    public BackendSelection select(BackendChoice choice) {
        List<BackendProbe> candidates = switch (choice) {
            case NATIVE -> List.of(nativeProbe);
            case DOCKER -> List.of(dockerProbe);
            case AUTO -> List.of(nativeProbe, dockerProbe);
        };
        List<Rejection> rejected = new ArrayList<>();
        for (BackendProbe probe : candidates) {
            switch (probe.check()) {
                case Availability.Usable usable -> {
                    return new BackendSelection.Selected(probe.kind(), usable.detail(), rejected);
                }
                case Availability.Unusable unusable -> rejected.add(new Rejection(probe.kind(), unusable));
            }
        }
        return new BackendSelection.NoneUsable(choice, rejected);
    }
}
