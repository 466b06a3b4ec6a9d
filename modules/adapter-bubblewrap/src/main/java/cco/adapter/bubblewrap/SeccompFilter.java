package cco.adapter.bubblewrap;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import java.util.List;

/**
 * The seccomp filter every bubblewrap sandbox runs under. It refuses system calls of any other
 * architecture or ABI (i386 through int 0x80, x32) by killing the process, because their
 * numbers differ and would slip past the checks; it refuses the terminal ioctls that inject
 * input into the user's terminal (TIOCSTI, CVE-2017-5226; TIOCLINUX, CVE-2023-28100) with the
 * request compared on its low 32 bits as the kernel does; it refuses kernel surfaces an agent
 * has no use for (keyrings, BPF, perf, userfaultfd, io_uring, modules, kexec, the kernel log);
 * it refuses VM and crypto-API sockets, which reach past the file system sandbox; and it refuses
 * new user namespaces (unshare or clone with CLONE_NEWUSER; clone3, whose flags it cannot read,
 * answers ENOSYS so that libc falls back to clone), which would hand the sandbox every
 * capability over a fresh network stack and with it the kernel's netfilter code (CVE-2024-1086).
 */
public final class SeccompFilter {
    static final int RET_ALLOW = 0x7fff0000;
    static final int RET_KILL_PROCESS = 0x80000000;
    static final int RET_ERRNO = 0x00050000;
    static final int EPERM = 1;
    static final int EAFNOSUPPORT = 97;
    static final int ENOSYS = 38;
    static final int CLONE_NEWUSER = 0x10000000;
    static final int TIOCSTI = 0x5412;
    static final int TIOCLINUX = 0x541C;
    static final List<Integer> REFUSED_SOCKET_FAMILIES = List.of(38 /* AF_ALG */, 40 /* AF_VSOCK */);

    private static final int OFFSET_NR = 0;
    private static final int OFFSET_ARCH = 4;
    private static final int OFFSET_ARG0_LOW = 16;
    private static final int OFFSET_ARG1_LOW = 24;

    private SeccompFilter() {
    }

    /** The program for the architecture the JVM reports ({@code os.arch}). */
    public static byte[] forArchitecture(String osArch) {
        SyscallTable table = SyscallTable.forOsArch(osArch).orElseThrow(() -> new CcoException(FailureKind.SANDBOX_UNAVAILABLE,
                "no seccomp filter for the " + osArch + " architecture; cco will not run a sandbox without one (use --backend docker)"));
        return program(table).assemble();
    }

    static BpfProgram program(SyscallTable table) {
        BpfProgram program = new BpfProgram()
                .load(OFFSET_ARCH)
                .jumpIfEqual(table.auditArch(), null, "kill")
                .load(OFFSET_NR);
        if (table.foreignAbiBit() != 0) {
            program.jumpIfAtLeast(table.foreignAbiBit(), "kill", null);
        }
        program.jumpIfEqual(table.ioctl(), "ioctl", null)
                .jumpIfEqual(table.socket(), "socket", null)
                .jumpIfEqual(table.unshare(), "namespace-flags", null)
                .jumpIfEqual(table.cloneCall(), "namespace-flags", null)
                .jumpIfEqual(table.clone3(), "enosys", null);
        for (int refused : table.refused()) {
            program.jumpIfEqual(refused, "eperm", null);
        }
        program.returnValue(RET_ALLOW)
                .label("ioctl")
                .load(OFFSET_ARG1_LOW)
                .jumpIfEqual(TIOCSTI, "eperm", null)
                .jumpIfEqual(TIOCLINUX, "eperm", null)
                .returnValue(RET_ALLOW)
                .label("socket")
                .load(OFFSET_ARG0_LOW);
        for (int family : REFUSED_SOCKET_FAMILIES) {
            program.jumpIfEqual(family, "eafnosupport", null);
        }
        return program.returnValue(RET_ALLOW)
                .label("namespace-flags")
                .load(OFFSET_ARG0_LOW)
                .jumpIfAnyBit(CLONE_NEWUSER, "eperm", null)
                .returnValue(RET_ALLOW)
                .label("enosys")
                .returnValue(RET_ERRNO | ENOSYS)
                .label("eafnosupport")
                .returnValue(RET_ERRNO | EAFNOSUPPORT)
                .label("eperm")
                .returnValue(RET_ERRNO | EPERM)
                .label("kill")
                .returnValue(RET_KILL_PROCESS);
    }
}
