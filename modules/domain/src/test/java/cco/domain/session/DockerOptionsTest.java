package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cco.domain.failure.CcoException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerOptionsTest {

    @Test
    void acceptsDebianPackageNames() {
        assertEquals(List.of("ripgrep", "g++", "libc6-dev", "python3.11"),
                new DockerOptions(List.of("ripgrep", "g++", "libc6-dev", "python3.11"), false, false, Optional.empty()).extraPackages());
    }

    @Test
    void refusesAnythingThatCouldBecomeAnOptionOrAShellWord() {
        for (String bad : List.of("-o", "--allow-unauthenticated", "a b", "x;rm", "", "Upper")) {
            CcoException e = assertThrows(CcoException.class, () -> new DockerOptions(List.of(bad), false, false, Optional.empty()), bad);
            assertEquals("--packages: not a Debian package name: '" + bad + "'", e.getMessage());
        }
    }
}
