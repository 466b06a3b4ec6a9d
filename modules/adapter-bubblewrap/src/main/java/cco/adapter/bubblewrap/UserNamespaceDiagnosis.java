package cco.adapter.bubblewrap;

import cco.domain.backend.Availability;

/**
 * Explains why bwrap could not start a sandbox, from its error output and the kernel switches
 * that restrict unprivileged user namespaces, with the fix for each cause.
 */
final class UserNamespaceDiagnosis {
    private UserNamespaceDiagnosis() {
    }

    static Availability.Unusable diagnose(String bwrapError, KernelSettings kernel) {
        String error = firstLine(bwrapError);
        if (error.contains("--default-signal")) {
            return new Availability.Unusable("coreutils' env is too old to reset signals in the sandbox (" + error + ")",
                    "upgrade coreutils to 8.31 or newer, or use --backend docker");
        }
        if (kernel.apparmorRestrictUnprivilegedUserns().filter("1"::equals).isPresent()) {
            return new Availability.Unusable(
                    "AppArmor restricts unprivileged user namespaces (bwrap: " + error + ")",
                    "allow bwrap in an AppArmor profile (see bubblewrap's documentation), or run "
                            + "'sudo sysctl kernel.apparmor_restrict_unprivileged_userns=0'");
        }
        if (kernel.maxUserNamespaces().filter("0"::equals).isPresent()) {
            return new Availability.Unusable(
                    "user namespaces are disabled (user.max_user_namespaces=0; bwrap: " + error + ")",
                    "run 'sudo sysctl user.max_user_namespaces=15000'");
        }
        if (kernel.unprivilegedUsernsClone().filter("0"::equals).isPresent()) {
            return new Availability.Unusable(
                    "unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone=0; bwrap: " + error + ")",
                    "run 'sudo sysctl kernel.unprivileged_userns_clone=1'");
        }
        return new Availability.Unusable("bwrap cannot create a sandbox here: " + error,
                "check that user namespaces are allowed for your user, or use --backend docker");
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        String line = newline < 0 ? trimmed : trimmed.substring(0, newline);
        return line.isEmpty() ? "no error message" : line;
    }
}
