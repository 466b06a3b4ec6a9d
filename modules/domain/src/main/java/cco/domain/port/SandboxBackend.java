package cco.domain.port;

import cco.domain.launch.Launch;
import cco.domain.launch.PrivateCopy;
import cco.domain.policy.SessionLocations;
import cco.domain.session.SessionPlan;
import java.util.List;

/** A backend that enforces a session's plan: bubblewrap, Seatbelt, Docker. */
public interface SandboxBackend {

    /**
     * How this backend would run the plan. Nothing changes on the host: what must exist first is
     * listed in the launch's preparation, which the caller creates once it has recorded the
     * aftermath. Each private copy's home directory stands in for the agent's home.
     */
    Launch launch(SessionPlan plan, SessionLocations locations, List<PrivateCopy> privateCopies);
}
