package cco.domain.port;

import cco.domain.launch.Placeholder;

/** Removes the stand-ins cco put on the host, each only if it is still exactly what cco made. */
public interface StandIns {

    /** True when removed, false when it was gone or changed (then it stays, and the caller says so). */
    boolean remove(Placeholder standIn);
}
