package cco.adapter.bubblewrap;

import cco.domain.mount.Mount;
import cco.domain.mount.MountPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * <p>
 * bwrap makes the sandbox's mounts slaves of the host's, so a mount the host makes during the
 * session (a USB stick, a network share) would appear inside with its own flags, writable. bwrap
 * 0.8 cannot change that, so the sandbox keeps CAP_SYS_ADMIN (in its own user namespace only)
 * just long enough for util-linux's unshare to move the command into a mount namespace of its own
 * with private propagation; setpriv then drops every capability, from the bounding set too,
 * before anything of the agent runs (ADR 0018).
 */
final class BubblewrapArguments {
    static final int SECCOMP_FD = 3;
    static final List<String> NAMESPACES = List.of("--die-with-parent", "--unshare-user", "--unshare-pid", "--unshare-ipc",
            "--unshare-cgroup-try", "--cap-drop", "ALL", "--cap-add", "CAP_SYS_ADMIN", "--cap-add", "CAP_SETPCAP");
    static final List<String> CUT_PROPAGATION = List.of("/usr/bin/unshare", "--mount", "--propagation", "private", "--");
    static final List<String> DROP_CAPABILITIES = List.of("/usr/bin/setpriv", "--inh-caps=-all", "--ambient-caps=-all",
            "--bounding-set=-all", "--");
    static final List<String> RESTORE_SIGNALS = List.of("/usr/bin/env", "--default-signal=INT,QUIT", "--");
    /** The programs the command line above starts inside the sandbox before the agent. */
    static final List<String> HELPERS = List.of(CUT_PROPAGATION.getFirst(), DROP_CAPABILITIES.getFirst(), RESTORE_SIGNALS.getFirst());

    private BubblewrapArguments() {
    }

    /** bwrap's options: namespaces (a network one of its own without the host's), the environment (complete: --clearenv first), mounts, seccomp. */
    static List<String> options(MountPlan plan, Map<String, String> environment, Path workingDirectory, boolean hostNetwork) {
        List<String> argv = new ArrayList<>(NAMESPACES);
        if (!hostNetwork) {
            argv.add("--unshare-net");
        }
        argv.add("--clearenv");
        environment.forEach((name, value) -> argv.addAll(List.of("--setenv", name, value)));
        if (plan.hostRootReadOnly()) {
            argv.addAll(List.of("--ro-bind", "/", "/"));
        }
        argv.addAll(List.of("--dev", "/dev", "--proc", "/proc"));
        for (Mount mount : plan.mounts()) {
            argv.addAll(options(mount));
        }
        for (Path path : plan.remountReadOnly()) {
            argv.addAll(List.of("--remount-ro", path.toString()));
        }
        argv.addAll(List.of("--chdir", workingDirectory.toString(), "--seccomp", String.valueOf(SECCOMP_FD)));
        return List.copyOf(argv);
    }

    static List<String> options(Mount mount) {
        return switch (mount) {
            case Mount.Bind bind -> List.of(bind.writable() ? "--bind" : "--ro-bind", bind.source().toString(), bind.path().toString());
            case Mount.Tmpfs tmpfs -> List.of("--tmpfs", tmpfs.path().toString());
            case Mount.EmptyFile hidden -> List.of("--ro-bind", "/dev/null", hidden.path().toString());
        };
    }

    /** The command line as the launcher runs it, with the environment's values left out (--dry-run). */
    static List<String> invocation(Path bwrap, List<String> options, List<String> command) {
        List<String> argv = new ArrayList<>(List.of(bwrap.toString()));
        for (int i = 0; i < options.size(); i++) {
            argv.add(options.get(i));
            if (options.get(i).equals("--setenv") && i + 2 < options.size()) {
                argv.add(options.get(i + 1));
                argv.add("<value>");
                i += 2;
            }
        }
        argv.add("--");
        argv.addAll(command);
        return List.copyOf(argv);
    }

    /**
     * What bwrap runs: the agent in a mount namespace cut from the host's propagation, without
     * any capability, with the default dispositions of SIGINT and SIGQUIT restored.
     */
    static List<String> command(List<String> agentArgv) {
        List<String> command = new ArrayList<>(CUT_PROPAGATION);
        command.addAll(DROP_CAPABILITIES);
        command.addAll(RESTORE_SIGNALS);
        command.addAll(agentArgv);
        return List.copyOf(command);
    }
}
