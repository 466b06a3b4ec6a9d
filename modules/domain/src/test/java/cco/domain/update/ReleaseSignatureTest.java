package cco.domain.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseSignatureTest {
    private static final String ARCHIVE = "cco-1.0.0-linux-x86_64.tar.gz";
    private static final byte[] CHECKSUM_FILE = ("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  " + ARCHIVE + "\n")
            .getBytes(StandardCharsets.UTF_8);
    /** Made by 'openssl pkey -pubout' and 'openssl pkeyutl -sign -rawin' of CHECKSUM_FILE: what package.sh writes. */
    private static final String OPENSSL_KEY = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAE3ZJSxEN3N80ufzl0dKxvOB5/g1oQRBcKLWa60Tzt48=\n-----END PUBLIC KEY-----\n";
    private static final byte[] OPENSSL_SIGNATURE = Base64.getDecoder()
            .decode("B6d/OUm3zSUOcrA++41BaDZ979cbiCdDQgp2IbiYRNqBqlX3K1kV3dpzG/pIQP1kDcjjWXDed8SuL1g7YVb4Ag==");
    private static final String ED448_KEY = "-----BEGIN PUBLIC KEY-----\nMEMwBQYDK2VxAzoASTe71+UbZUJm59j3Y3rYzB1DgMVHI8L8quIBiFG3bwu7fADH\n"
            + "9rpvrGGsLvDQho/KIJt/izPR+RgA\n-----END PUBLIC KEY-----\n";

    private static KeyPair keyPair() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static Optional<UpdateKey> key(KeyPair pair) {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        return Optional.of(UpdateKey.parse(pem, "/home/ada/.config/cco/release.pem"));
    }

    private static byte[] sign(KeyPair pair, byte[] message) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(message);
        return signer.sign();
    }

    private static CcoException refused(Optional<UpdateKey> key, byte[] checksumFile, Optional<byte[]> signature) {
        CcoException refused = assertThrows(CcoException.class, () -> ReleaseSignature.check(key, ARCHIVE, checksumFile, signature));
        assertEquals(FailureKind.UPDATE_UNVERIFIED, refused.kind());
        return refused;
    }

    @Test
    void theChecksumFileSignedByTheUpdateKeyIsAccepted() throws GeneralSecurityException {
        KeyPair pair = keyPair();
        assertEquals("signature verified: " + ARCHIVE + ".sha256 is signed by the update key /home/ada/.config/cco/release.pem",
                ReleaseSignature.check(key(pair), ARCHIVE, CHECKSUM_FILE, Optional.of(sign(pair, CHECKSUM_FILE))));
    }

    @Test
    void opensslsKeyAndSignatureAreUnderstood() {
        Optional<UpdateKey> key = Optional.of(UpdateKey.parse(OPENSSL_KEY, "release.pem"));
        assertTrue(ReleaseSignature.check(key, ARCHIVE, CHECKSUM_FILE, Optional.of(OPENSSL_SIGNATURE)).startsWith("signature verified"));
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws GeneralSecurityException {
        CcoException refused = refused(key(keyPair()), CHECKSUM_FILE, Optional.of(sign(keyPair(), CHECKSUM_FILE)));
        assertEquals("self-update: " + ARCHIVE + ".sha256.sig is not a signature of " + ARCHIVE + ".sha256 by the update key "
                + "/home/ada/.config/cco/release.pem (signed by another key, or altered); nothing was changed", refused.getMessage());
    }

    @Test
    void aChecksumFileAlteredAfterSigningIsRefused() throws GeneralSecurityException {
        KeyPair pair = keyPair();
        byte[] signature = sign(pair, CHECKSUM_FILE);
        byte[] altered = CHECKSUM_FILE.clone();
        altered[0] = (byte) '0';
        refused(key(pair), altered, Optional.of(signature));
    }

    @Test
    void aMissingSignatureIsRefusedWhenAKeyIsConfigured() throws GeneralSecurityException {
        CcoException refused = refused(key(keyPair()), CHECKSUM_FILE, Optional.empty());
        assertTrue(refused.getMessage().startsWith("self-update: the release has no signature " + ARCHIVE + ".sha256.sig, and with an update key "
                + "configured (/home/ada/.config/cco/release.pem) cco installs only releases signed by it"), refused.getMessage());
    }

    @Test
    void somethingThatIsNotASignatureIsRefused() throws GeneralSecurityException {
        KeyPair pair = keyPair();
        refused(key(pair), CHECKSUM_FILE, Optional.of(new byte[0]));
        refused(key(pair), CHECKSUM_FILE, Optional.of(("ok\n").getBytes(StandardCharsets.UTF_8)));
        refused(key(pair), CHECKSUM_FILE, Optional.of(new byte[64]));
    }

    @Test
    void withoutAKeyNoSignatureIsRequiredNorLookedAt() {
        assertEquals("signature not checked: no update key is configured (updateKey, CCO_UPDATE_KEY)",
                ReleaseSignature.check(Optional.empty(), ARCHIVE, CHECKSUM_FILE, Optional.empty()));
        assertTrue(ReleaseSignature.check(Optional.empty(), ARCHIVE, CHECKSUM_FILE, Optional.of(new byte[64])).startsWith("signature not checked"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a key", ED448_KEY, "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIP+74ScVnVPW4d4l7TBqFzRVkRTKEqBu8V90BTUIfBf9\n-----END PRIVATE KEY-----\n",
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAE3ZJ!!!\n-----END PUBLIC KEY-----\n",
            "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAE3ZJSxEN3N80ufzl0dKxvOB5/g1oQRBcKLWa60Tzt48=\n-----END PUBLIC KEY-----\n" + OPENSSL_KEY})
    void aKeyFileThatIsNotOneEd25519PublicKeyIsAConfigurationError(String pem) {
        CcoException refused = assertThrows(CcoException.class, () -> UpdateKey.parse(pem, "/k.pem"));
        assertEquals(FailureKind.CONFIGURATION, refused.kind());
        assertTrue(refused.getMessage().startsWith("self-update: the update key /k.pem is refused: "), refused.getMessage());
    }
}
