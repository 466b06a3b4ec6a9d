package cco.domain.port;

import cco.domain.launch.HandOver;
import cco.domain.launch.PrivateCopy;
import cco.domain.policy.SessionLocations;
import cco.domain.session.SessionPlan;
import java.util.List;

/** A backend that enforces the plan in a process that replaces cco: bubblewrap, Seatbelt. */
public interface NativeSandbox {

    /** The hand-over this plan would produce, without changing anything on the host (--dry-run). */
    HandOver preview(SessionPlan plan, SessionLocations locations);

    /**
     * The hand-over, after creating on the host what it needs (agent state, stand-ins for missing
     * paths); each private copy is mounted in place of its host file.
     */
    HandOver prepare(SessionPlan plan, SessionLocations locations, List<PrivateCopy> privateCopies);
}
