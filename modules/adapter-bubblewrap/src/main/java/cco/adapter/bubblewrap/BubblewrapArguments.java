package cco.adapter.bubblewrap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bwrap command line for a mount plan. Namespaces: a user namespace (so that root gets no
 * real privilege either), PID (host processes invisible and unsignallable), IPC (no shared
 * SysV/POSIX memory with the host), cgroup; the network stays shared. All capabilities are
 * dropped, the sandbox dies with its parent, and the seccomp program comes on a descriptor.
 * No --new-session: it would take job control and Ctrl-C from interactive agents; the seccomp
 * filter blocks TIOCSTI and TIOCLINUX instead (ADR 0011). The launcher starts bwrap with SIGINT
 * and SIGQUIT ignored, so that Ctrl-C cannot kill bwrap's monitor (and with it, through
 * --die-with-parent, the whole sandbox) before the program has handled it; the program gets the
 * default dispositions back from coreutils' env (ADR 0015).
 */
final class BubblewrapArguments {
    static final int SECCOMP_FD = 3;
    static final List<String> RESTORE_SIGNALS = List.of("/usr/bin/env", "--default-signal=INT,QUIT", "--");

    private BubblewrapArguments() {
    }

    static List<String> argv(Path bwrap, MountPlan plan, Path workingDirectory, List<String> command) {
        List<String> argv = new ArrayList<>(List.of(bwrap.toString(),
                "--die-with-parent", "--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-cgroup-try",
                "--cap-drop", "ALL"));
        if (plan.hostRootReadOnly()) {
            argv.addAll(List.of("--ro-bind", "/", "/"));
        }
        argv.addAll(List.of("--dev", "/dev", "--proc", "/proc"));
        for (Mount mount : plan.mounts()) {
            argv.addAll(mount.options());
        }
        for (Path path : plan.remountReadOnly()) {
            argv.addAll(List.of("--remount-ro", path.toString()));
        }
        argv.addAll(List.of("--chdir", workingDirectory.toString(), "--seccomp", String.valueOf(SECCOMP_FD), "--"));
        argv.addAll(RESTORE_SIGNALS);
        argv.addAll(command);
        return List.copyOf(argv);
    }
}
