package cco.domain.port;

import cco.domain.launch.Placeholder;
import cco.domain.launch.Preparation;

/** Creates on the host what a sandbox needs before it starts, and removes the stand-ins afterwards. */
public interface StandIns {

    /** Creates the preparation's stores, agent state and stand-ins, never through a symbolic link; refuses to start otherwise. */
    void prepare(Preparation preparation);

    /** True when removed, false when it was gone or changed (then it stays, and the caller says so). Only what is still exactly what cco made goes. */
    boolean remove(Placeholder standIn);
}
