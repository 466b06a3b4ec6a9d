package cco.domain.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseVersionTest {

    private static ReleaseVersion version(String text) {
        return ReleaseVersion.parse(text).orElseThrow();
    }

    @Test
    void versionsOrderAsSemanticVersioningSays() {
        List<String> ascending = List.of("0.9.0", "0.10.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "10.0.0");
        for (int i = 1; i < ascending.size(); i++) {
            assertTrue(version(ascending.get(i - 1)).compareTo(version(ascending.get(i))) < 0, ascending.get(i - 1) + " < " + ascending.get(i));
            assertTrue(version(ascending.get(i)).compareTo(version(ascending.get(i - 1))) > 0, ascending.get(i) + " > " + ascending.get(i - 1));
        }
        assertEquals(0, version("1.0.0-rc.1").compareTo(version("1.0.0-rc.1")));
    }

    @Test
    void aVersionPrintsAsItWasWritten() {
        assertEquals("1.20.3-rc.1", version("1.20.3-rc.1").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.2", "01.2.3", "1.2.3-", "1.2.3+build", "v1.2.3", "1.2.3-a..b", "../1.2.3", "1.2.3/x"})
    void whatIsNotAVersionIsRefused(String text) {
        assertEquals(Optional.empty(), ReleaseVersion.parse(text));
    }
}
