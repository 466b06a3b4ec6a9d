package cco.domain.port;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendKind;

/** Checks whether one backend can isolate a session on this machine. */
public interface BackendProbe {

    BackendKind kind();

    Availability check();
}
