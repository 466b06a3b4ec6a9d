/**
 * The terminal and signal layer on Linux: the user's terminal (size, raw mode), private
 * pseudo-terminals, and signals, through JNA (ADR 0016).
 */
module cco.adapter.terminal {
    requires cco.domain;
    requires com.sun.jna;
    requires jdk.unsupported;

    exports cco.adapter.terminal;
}
