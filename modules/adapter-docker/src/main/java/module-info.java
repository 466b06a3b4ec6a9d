/** The Docker backend, through the Docker Engine API (docker-java with its zerodep transport). */
module cco.adapter.docker {
    requires cco.domain;
    requires com.github.dockerjava;
    requires org.apache.commons.compress;

    exports cco.adapter.docker;
}
