/** cco's installed bundles (install/install.sh's layout) and the sources of new releases, local and https: self-update's adapters. */
module cco.adapter.installation {
    requires cco.domain;
    requires cco.safefiles;
    requires java.net.http;

    exports cco.adapter.installation;
}
