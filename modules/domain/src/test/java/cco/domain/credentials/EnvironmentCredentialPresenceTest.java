package cco.domain.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCredentialPresenceTest {
    private final EnvironmentCredentialPresence presence = new EnvironmentCredentialPresence(Map.of("A", "secret", "EMPTY", ""));

    @Test
    void aVariableIsPresentOnlyWhenSetAndNonEmpty() {
        assertTrue(presence.isPresent(new CredentialSource.EnvironmentVariable("A")));
        assertFalse(presence.isPresent(new CredentialSource.EnvironmentVariable("EMPTY")));
        assertFalse(presence.isPresent(new CredentialSource.EnvironmentVariable("UNSET")));
    }

    @Test
    void answersOnlyForVariables() {
        assertTrue(presence.handles(new CredentialSource.EnvironmentVariable("A")));
        assertFalse(presence.handles(new CredentialSource.CredentialFile(Path.of("/a"))));
        assertFalse(presence.isPresent(new CredentialSource.CredentialFile(Path.of("/a"))));
    }
}
