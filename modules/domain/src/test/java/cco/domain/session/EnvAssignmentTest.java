package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cco.domain.failure.CcoException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvAssignmentTest {
    private static final Map<String, String> HOST = Map.of("EDITOR", "vim");

    @Test
    void keyEqualsValueSetsThatValueEvenWhenEmptyOrContainingEquals() {
        assertEquals(Optional.of(new EnvAssignment("A", "b=c")), EnvAssignment.parse("A=b=c", HOST));
        assertEquals(Optional.of(new EnvAssignment("A", "")), EnvAssignment.parse("A=", HOST));
    }

    @Test
    void aBareKeyTakesTheHostValueOrNothing() {
        assertEquals(Optional.of(new EnvAssignment("EDITOR", "vim")), EnvAssignment.parse("EDITOR", HOST));
        assertEquals(Optional.empty(), EnvAssignment.parse("UNSET_HERE", HOST));
    }

    @Test
    void invalidNamesAreUsageErrors() {
        for (String bad : new String[] {"=x", "1A=x", "A-B=x", "A B", ""}) {
            assertThrows(CcoException.class, () -> EnvAssignment.parse(bad, HOST), bad);
        }
    }
}
