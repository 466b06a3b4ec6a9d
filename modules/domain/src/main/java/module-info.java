/**
 * The pure domain of cco: what a session may see and touch, which backend runs it, which
 * arguments the agent gets, where credentials come from, and the ports adapters implement.
 * It depends on nothing but java.base.
 */
module cco.domain {
    exports cco.domain.agent;
    exports cco.domain.agentstate;
    exports cco.domain.backend;
    exports cco.domain.config;
    exports cco.domain.credentials;
    exports cco.domain.environment;
    exports cco.domain.launch;
    exports cco.domain.lifecycle;
    exports cco.domain.mount;
    exports cco.domain.failure;
    exports cco.domain.git;
    exports cco.domain.path;
    exports cco.domain.policy;
    exports cco.domain.port;
    exports cco.domain.session;
    exports cco.domain.terminal;
    exports cco.domain.update;
}
