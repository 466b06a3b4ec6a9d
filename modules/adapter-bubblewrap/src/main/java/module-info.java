/** The native Linux backend: bubblewrap. */
module cco.adapter.bubblewrap {
    requires cco.domain;

    exports cco.adapter.bubblewrap;
}
