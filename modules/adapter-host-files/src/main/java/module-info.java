/** The host's file system through java.nio: the HostFileSystem port for the CLI and the adapters' tests. */
module cco.adapter.hostfiles {
    requires cco.domain;
    requires cco.safefiles;

    exports cco.adapter.hostfiles;
}
