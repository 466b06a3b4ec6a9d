/** The command line of cco and its composition root: the only module that knows the adapters. */
module cco.cli {
    requires cco.domain;
    requires cco.safefiles;
    requires cco.adapter.bubblewrap;
    requires cco.adapter.hostfiles;
    requires cco.adapter.seatbelt;
    requires cco.adapter.docker;
    requires cco.adapter.keychain;
    requires cco.adapter.credentialfiles;
    requires cco.adapter.installation;
    requires cco.adapter.terminal;
    requires cco.adapter.agentstate;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    opens cco.cli to info.picocli;
}
