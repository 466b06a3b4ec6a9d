package cco.domain.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LauncherHomeTest {
    private static final String LAUNCHER = "#!/bin/bash\n_cco_home='@CCO_HOME@'\nexec \"$_cco_home/runtime/bin/java\"\n";

    @Test
    void thePlaceholderBecomesTheHome() {
        assertEquals("#!/bin/bash\n_cco_home='/home/ada/.local/share/cco/1.0.0'\nexec \"$_cco_home/runtime/bin/java\"\n",
                LauncherHome.substitute(LAUNCHER, "/home/ada/.local/share/cco/1.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/home/o'brien/cco", "/home/a\\b", "/home/a\nb", "relative/cco"})
    void aHomeTheLauncherCannotQuoteIsRefused(String home) {
        assertEquals(FailureKind.UPDATE, assertThrows(CcoException.class, () -> LauncherHome.substitute(LAUNCHER, home)).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#!/bin/bash\n_cco_home='/opt/cco'\n", "_cco_home='@CCO_HOME@'\n_cco_x='@CCO_HOME@'\n"})
    void aLauncherWithoutExactlyOnePlaceholderIsRefused(String launcher) {
        assertEquals(FailureKind.UPDATE_UNVERIFIED, assertThrows(CcoException.class, () -> LauncherHome.substitute(launcher, "/opt/cco")).kind());
    }
}
