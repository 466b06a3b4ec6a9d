package cco.domain.update;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 public key the user trusts to sign releases (ADR 0032), from the file they named,
 * which holds one PEM block as {@code openssl pkey -pubout} writes it.
 */
public final class UpdateKey {
    private static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM = Pattern.compile("\\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----\\s*");

    private final PublicKey key;
    private final String file;

    private UpdateKey(PublicKey key, String file) {
        this.key = key;
        this.file = file;
    }

    /** The key in {@code pem}, the text of {@code file}; refused (CONFIGURATION) when it is not one Ed25519 public key. */
    public static UpdateKey parse(String pem, String file) {
        Matcher block = PEM.matcher(pem);
        if (!block.matches()) {
            throw invalid(file, "it does not hold one PEM block 'BEGIN PUBLIC KEY'");
        }
        try {
            byte[] encoded = Base64.getDecoder().decode(block.group(1).replaceAll("\\s", ""));
            return new UpdateKey(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded)), file);
        } catch (IllegalArgumentException | InvalidKeySpecException e) {
            throw invalid(file, "its PEM block is not an Ed25519 public key");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime since 15 has Ed25519", e);
        }
    }

    /** The file the key came from, which messages name. */
    public String file() {
        return file;
    }

    /** Whether {@code signature} is this key's Ed25519 signature of exactly {@code message}. */
    boolean signed(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            // Not 64 bytes: not a signature at all.
            return false;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("an Ed25519 key made by this runtime verifies with it", e);
        }
    }

    private static CcoException invalid(String file, String why) {
        return new CcoException(FailureKind.CONFIGURATION, "self-update: the update key " + file + " is refused: " + why
                + " (write one with 'openssl pkey -in PRIVATE.pem -pubout')");
    }
}
