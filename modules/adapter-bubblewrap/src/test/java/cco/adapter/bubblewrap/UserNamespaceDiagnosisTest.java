package cco.adapter.bubblewrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.backend.Availability;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserNamespaceDiagnosisTest {
    private static final String DENIED = "bwrap: setting up uid map: Permission denied\n";

    private static KernelSettings kernel(String max, String clone, String apparmor) {
        return new KernelSettings(Optional.ofNullable(max), Optional.ofNullable(clone), Optional.ofNullable(apparmor));
    }

    @Test
    void namesAppArmorWhenItRestrictsUserNamespaces() {
        Availability.Unusable why = UserNamespaceDiagnosis.diagnose(DENIED, kernel("15000", null, "1"));
        assertEquals("AppArmor restricts unprivileged user namespaces (bwrap: bwrap: setting up uid map: Permission denied)", why.reason());
        assertTrue(why.fix().contains("kernel.apparmor_restrict_unprivileged_userns=0"));
    }

    @Test
    void namesTheSysctlThatDisablesUserNamespaces() {
        assertTrue(UserNamespaceDiagnosis.diagnose(DENIED, kernel("0", null, "0")).fix().contains("user.max_user_namespaces"));
        assertTrue(UserNamespaceDiagnosis.diagnose(DENIED, kernel("15000", "0", null)).fix().contains("kernel.unprivileged_userns_clone=1"));
    }

    @Test
    void otherwiseQuotesBwrapsFirstLine() {
        Availability.Unusable why = UserNamespaceDiagnosis.diagnose("bwrap: Can't mount proc\nmore\n", kernel("15000", "1", "0"));
        assertEquals("bwrap cannot create a sandbox here: bwrap: Can't mount proc", why.reason());
        assertEquals("bwrap cannot create a sandbox here: no error message", UserNamespaceDiagnosis.diagnose("", kernel(null, null, null)).reason());
    }
}
