package cco.domain.credentials;

import java.util.Optional;

/**
 * What becomes of the session's copy of an agent's credentials when a session with
 * --allow-oauth-refresh ends: written back only when the agent refreshed it, for the same
 * account, to something newer than the host had; when the host's credentials changed during the
 * session as well (another session, a login on the host), both are kept and nothing is overwritten.
 */
public sealed interface WriteBack {

    /** The agent did not change its copy. */
    record Unchanged() implements WriteBack {
    }

    /** The refreshed credentials replace the host's. */
    record Replace(CredentialDocument refreshed) implements WriteBack {
    }

    /** The copy is not written back, for this reason. */
    record Refused(String reason) implements WriteBack {
    }

    /** The host's credentials changed too: the copy is kept aside (as a backup), the host's stay. */
    record KeepBoth(CredentialDocument refreshed, String reason) implements WriteBack {
    }

    /**
     * @param atStart the host's credentials when the session started (the copy's origin)
     * @param hostNow the host's credentials now, read under the lock; their account is the one that counts
     * @param session the session's copy, validated; empty when the session removed it
     */
    static WriteBack decide(CredentialDocument atStart, Optional<CredentialDocument> hostNow, Optional<CredentialDocument> session) {
        if (session.isEmpty()) {
            return new Refused("the session removed them (a logout inside stays inside)");
        }
        CredentialDocument refreshed = session.get();
        if (refreshed.sameContent(atStart)) {
            return new Unchanged();
        }
        CredentialFacts before = atStart.facts();
        CredentialFacts after = refreshed.facts();
        Optional<String> hostAccount = hostNow.flatMap(document -> document.facts().account()).or(before::account);
        if (hostAccount.isEmpty() || after.account().isEmpty()) {
            return new Refused("cannot tell whether they belong to the same account as the host's");
        }
        if (!hostAccount.equals(after.account())) {
            return new Refused("they belong to another account (" + after.account().get() + ", not " + hostAccount.get() + ")");
        }
        if (after.freshness().isEmpty() || before.freshness().isPresent() && !after.freshness().get().isAfter(before.freshness().get())) {
            return new Refused("their token is not newer than the host's");
        }
        if (hostNow.isEmpty() || !hostNow.get().sameContent(atStart)) {
            return new KeepBoth(refreshed, "the host's credentials changed during the session too");
        }
        return new Replace(refreshed);
    }
}
