package cco.domain.update;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.util.Optional;

/**
 * Whether a release is signed as the user requires (ADR 0032). With an update key configured, the
 * release comes with {@code ARCHIVE.sha256.sig}: the key's raw Ed25519 signature of the checksum
 * file's bytes, which bind the archive (Ed25519 in Java holds the whole message, which a bundle
 * would make a hundred megabytes). Without a key, only the checksum is checked.
 */
public final class ReleaseSignature {
    private ReleaseSignature() {
    }

    /**
     * Checks the signature that came with the checksum file of {@code archiveName}; returns what was
     * found, for the progress line. Refused (UPDATE_UNVERIFIED) when a key is configured and the
     * signature is missing or is not that key's signature of exactly these bytes.
     */
    public static String check(Optional<UpdateKey> key, String archiveName, byte[] checksumFile, Optional<byte[]> signature) {
        if (key.isEmpty()) {
            return "signature not checked: no update key is configured (updateKey, CCO_UPDATE_KEY)";
        }
        String signatureName = ReleaseArchive.signatureOf(archiveName);
        String file = key.get().file();
        byte[] signed = signature.orElseThrow(() -> new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: the release has no signature "
                + signatureName + ", and with an update key configured (" + file + ") cco installs only releases signed by it; nothing was changed"));
        if (!key.get().signed(checksumFile, signed)) {
            throw new CcoException(FailureKind.UPDATE_UNVERIFIED, "self-update: " + signatureName + " is not a signature of "
                    + ReleaseArchive.checksumOf(archiveName) + " by the update key " + file + " (signed by another key, or altered); nothing was changed");
        }
        return "signature verified: " + ReleaseArchive.checksumOf(archiveName) + " is signed by the update key " + file;
    }
}
