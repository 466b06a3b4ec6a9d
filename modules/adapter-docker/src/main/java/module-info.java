/** The Docker backend, through the Docker Engine API on the daemon's unix socket. */
module cco.adapter.docker {
    requires cco.domain;

    exports cco.adapter.docker;
}
