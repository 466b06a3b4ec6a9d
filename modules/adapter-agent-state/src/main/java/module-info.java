/** The agents' state files in the home directory (~/.claude.json): private session copies and safe merge back. */
module cco.adapter.agentstate {
    requires cco.domain;
    requires cco.safefiles;
    requires com.fasterxml.jackson.databind;

    exports cco.adapter.agentstate;
}
