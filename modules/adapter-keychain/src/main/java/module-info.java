/**
 * The macOS Keychain credential store. Empty until the macOS backend is built: this module
 * reserves its place in the architecture and in the ArchUnit rules.
 */
module cco.adapter.keychain {
    requires cco.domain;
}
