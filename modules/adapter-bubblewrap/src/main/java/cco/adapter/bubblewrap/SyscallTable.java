package cco.adapter.bubblewrap;

import java.util.List;
import java.util.Optional;

/** System call numbers and audit architecture of one ABI (linux/arch/.../syscall tables). */
record SyscallTable(int auditArch, int foreignAbiBit, int ioctl, int socket, int unshare, int cloneCall, int clone3,
        List<Integer> refused) {

    /** x86_64: keyctl, add_key, request_key, syslog, acct, swapon, swapoff, reboot, init/finit/delete_module, kexec_load, kexec_file_load, perf_event_open, bpf, userfaultfd, io_uring_setup/enter/register. */
    static final SyscallTable X86_64 = new SyscallTable(0xC000003E, 0x40000000, 16, 41, 272, 56, 435,
            List.of(250, 248, 249, 103, 163, 167, 168, 169, 175, 313, 176, 246, 320, 298, 321, 323, 425, 426, 427));

    /** aarch64 (asm-generic numbers), the same calls; it has no second ABI to exclude. */
    static final SyscallTable AARCH64 = new SyscallTable(0xC00000B7, 0, 29, 198, 97, 220, 435,
            List.of(219, 217, 218, 116, 89, 224, 225, 142, 105, 273, 106, 104, 294, 241, 280, 282, 425, 426, 427));

    static Optional<SyscallTable> forOsArch(String osArch) {
        return switch (osArch) {
            case "amd64", "x86_64" -> Optional.of(X86_64);
            case "aarch64", "arm64" -> Optional.of(AARCH64);
            default -> Optional.empty();
        };
    }
}
