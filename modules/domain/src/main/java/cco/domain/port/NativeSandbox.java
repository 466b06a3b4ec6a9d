package cco.domain.port;

import cco.domain.launch.Aftermath;
import cco.domain.launch.HandOver;
import cco.domain.launch.PrivateCopy;
import cco.domain.policy.SessionLocations;
import cco.domain.session.SessionPlan;
import java.util.List;
import java.util.function.Consumer;

/** A backend that enforces the plan in a process that replaces cco: bubblewrap, Seatbelt. */
public interface NativeSandbox {

    /** The hand-over this plan would produce, without changing anything on the host (--dry-run). */
    HandOver preview(SessionPlan plan, SessionLocations locations);

    /**
     * The hand-over, after creating on the host what it needs (agent state, stand-ins for missing
     * paths); each private copy's home directory is mounted in place of the agent's home. What the
     * session will leave behind is given to {@code beforeCreating} before anything is created, so
     * that it can be undone however the start or the session ends.
     */
    HandOver prepare(SessionPlan plan, SessionLocations locations, List<PrivateCopy> privateCopies, Consumer<Aftermath> beforeCreating);
}
