package cco.domain.port;

import cco.domain.credentials.CredentialSource;

/** Tells whether a credential source holds something, without reading or revealing its value. */
public interface CredentialPresence {

    /** True when this adapter answers for the given kind of source. */
    boolean handles(CredentialSource source);

    boolean isPresent(CredentialSource source);
}
