/** The agents' credential files on Linux ({@code ~/.claude/.credentials.json}, {@code ~/.codex/auth.json}). */
module cco.adapter.credentialfiles {
    requires cco.domain;
    requires cco.safefiles;
    requires com.fasterxml.jackson.databind;

    exports cco.adapter.credentialfiles;
}
