package cco.domain.launch;

import cco.domain.policy.CacheView;
import java.util.List;

/**
 * What must exist on the host before a sandbox starts: cco's stores of toolchain caches (kept),
 * the agent's missing state (created as the agent would, kept), and stand-ins for missing
 * protected or denied paths (removed after the session).
 */
public record Preparation(List<CacheView> stores, List<Placeholder> agentState, List<Placeholder> standIns) {

    public Preparation {
        stores = List.copyOf(stores);
        agentState = List.copyOf(agentState);
        standIns = List.copyOf(standIns);
    }
}
