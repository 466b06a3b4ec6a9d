/** cco's installed bundles (install/install.sh's layout) and the local sources of new releases: self-update's adapters. */
module cco.adapter.installation {
    requires cco.domain;
    requires cco.safefiles;

    exports cco.adapter.installation;
}
