/** The agents' credential files on Linux ({@code ~/.claude/.credentials.json}, {@code ~/.codex/auth.json}). */
module cco.adapter.credentialfiles {
    requires cco.domain;

    exports cco.adapter.credentialfiles;
}
