package cco.domain.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumFileTest {
    private static final String NAME = "cco-1.0.0-linux-x86_64.tar.gz";
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void sha256sumsLineGivesTheDigestInLowerCase() {
        assertEquals(DIGEST, ChecksumFile.expectedDigest(DIGEST + "  " + NAME + "\n", NAME));
        assertEquals(DIGEST, ChecksumFile.expectedDigest(DIGEST.toUpperCase() + " *" + NAME, NAME));
    }

    @Test
    void aChecksumOfAnotherFileIsRefused() {
        CcoException refused = assertThrows(CcoException.class, () -> ChecksumFile.expectedDigest(DIGEST + "  cco-0.9.0-linux-x86_64.tar.gz\n", NAME));
        assertEquals(FailureKind.UPDATE_UNVERIFIED, refused.kind());
        assertTrue(refused.getMessage().contains("for another file"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9f86d0  cco-1.0.0-linux-x86_64.tar.gz", DIGEST, DIGEST + "  " + NAME + "\n" + DIGEST + "  " + NAME + "\n"})
    void aMalformedChecksumFileIsRefused(String content) {
        assertEquals(FailureKind.UPDATE_UNVERIFIED, assertThrows(CcoException.class, () -> ChecksumFile.expectedDigest(content, NAME)).kind());
    }
}
