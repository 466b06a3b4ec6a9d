package cco.adapter.bubblewrap;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A test that needs a real component fails when it is missing and CCO_REQUIRE_REAL_COMPONENTS
 * is set (as in CI), and is reported as skipped, never as passed, elsewhere.
 */
final class RealComponents {
    private RealComponents() {
    }

    static void require(String component, boolean present) {
        if (present) {
            return;
        }
        if (System.getenv("CCO_REQUIRE_REAL_COMPONENTS") != null) {
            fail(component + " is required by this test (CCO_REQUIRE_REAL_COMPONENTS is set) but missing");
        }
        assumeTrue(false, component + " is not installed: skipped");
    }
}
