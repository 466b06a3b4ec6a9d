package cco.adapter.bubblewrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Kernel switches that decide whether an unprivileged user may create user namespaces. */
record KernelSettings(
        Optional<String> maxUserNamespaces,
        Optional<String> unprivilegedUsernsClone,
        Optional<String> apparmorRestrictUnprivilegedUserns) {

    static final String MAX_USER_NAMESPACES = "/proc/sys/user/max_user_namespaces";
    static final String UNPRIVILEGED_USERNS_CLONE = "/proc/sys/kernel/unprivileged_userns_clone";
    static final String APPARMOR_RESTRICT = "/proc/sys/kernel/apparmor_restrict_unprivileged_userns";

    /** One value from /proc, or empty where this kernel has no such switch. */
    static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
