package cco.domain.credentials;

import java.util.Arrays;

/** One agent's credential file as read and validated: its bytes (the secret, never shown) and its facts. */
public record CredentialDocument(CredentialOwner owner, byte[] content, CredentialFacts facts) {

    public CredentialDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public boolean sameContent(CredentialDocument other) {
        return Arrays.equals(content, other.content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CredentialDocument document && owner == document.owner && sameContent(document) && facts.equals(document.facts);
    }

    @Override
    public int hashCode() {
        return 31 * owner.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return owner.displayName() + " credentials (" + content.length + " bytes)";
    }
}
