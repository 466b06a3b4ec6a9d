/** The native macOS backend: Seatbelt ({@code sandbox-exec}). */
module cco.adapter.seatbelt {
    requires cco.domain;

    exports cco.adapter.seatbelt;
}
