/**
 * The terminal and signal layer (PTY, raw mode, resize, signals). Empty until that layer is
 * built: this module reserves its place in the architecture and in the ArchUnit rules.
 */
module cco.adapter.terminal {
    requires cco.domain;
}
