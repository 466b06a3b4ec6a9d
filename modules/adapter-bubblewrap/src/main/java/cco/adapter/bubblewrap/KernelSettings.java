package cco.adapter.bubblewrap;

import java.util.Optional;

/** Kernel switches that decide whether an unprivileged user may create user namespaces. */
record KernelSettings(
        Optional<String> maxUserNamespaces,
        Optional<String> unprivilegedUsernsClone,
        Optional<String> apparmorRestrictUnprivilegedUserns) {

    static final String MAX_USER_NAMESPACES = "/proc/sys/user/max_user_namespaces";
    static final String UNPRIVILEGED_USERNS_CLONE = "/proc/sys/kernel/unprivileged_userns_clone";
    static final String APPARMOR_RESTRICT = "/proc/sys/kernel/apparmor_restrict_unprivileged_userns";
}
