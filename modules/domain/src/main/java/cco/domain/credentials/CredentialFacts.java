package cco.domain.credentials;

import java.time.Instant;
import java.util.Optional;

/**
 * What cco may know and say of an agent's credentials, never the secret: the account they
 * belong to (an identifier or an e-mail address), when the OAuth token expires, and when it was
 * last refreshed (where the agent records it).
 */
public record CredentialFacts(Optional<String> account, Optional<Instant> expiresAt, Optional<Instant> refreshedAt) {

    /** The moment that orders two versions of the same account's credentials: the refresh, else the expiry. */
    public Optional<Instant> freshness() {
        return refreshedAt.or(() -> expiresAt);
    }

    public boolean expiredAt(Instant now) {
        return expiresAt.filter(expiry -> !expiry.isAfter(now)).isPresent();
    }

    /** One line for listings: the account and the expiry, as far as known. */
    public String describe(Instant now) {
        String who = account.map(id -> "account " + id).orElse("account unknown");
        String expiry = expiresAt.map(at -> (expiredAt(now) ? "expired " : "expires ") + at).orElse("no expiry recorded");
        return who + ", " + expiry;
    }
}
