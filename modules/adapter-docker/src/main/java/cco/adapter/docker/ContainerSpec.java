package cco.adapter.docker;

import cco.domain.mount.Mount;
import cco.domain.mount.MountPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's container in the Engine API's terms, translated from the domain's mount plan:
 * binds onto the same paths, tmpfs for private and denied directories, the user's uid and
 * gid, no capabilities, no new privileges, an init as PID 1, a pids limit, cco's labels. The
 * environment is not here: it travels in a file on a mount (SessionFiles), so that
 * {@code docker inspect} never shows a credential.
 */
record ContainerSpec(
        String image,
        String name,
        List<String> command,
        Path workingDirectory,
        String user,
        List<BindMount> binds,
        Map<String, String> tmpfs,
        Map<String, String> labels,
        boolean terminal,
        String networkMode) {

    static final long PIDS_LIMIT = 4096;
    static final String RUN_DIRECTORY = "/run/cco";
    static final String LABEL_SESSION = "dev.cco.session";
    static final String LABEL_UID = "dev.cco.uid";
    static final String LABEL_PROJECT = "dev.cco.project";

    ContainerSpec {
        command = List.copyOf(command);
        binds = List.copyOf(binds);
        tmpfs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tmpfs));
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A host path seen at {@code target}, read-only unless {@code writable}. */
    record BindMount(Path source, Path target, boolean writable) {
    }

    /** What differs from one session to the next: who runs it, where its own files are, which image, whether it has a terminal. */
    record Session(String image, String name, Path sessionDirectory, Path project, long uid, long gid, boolean terminal, String networkMode) {
    }

    /**
     * {@code copies}: the session's own copy of a file, by the host path it stands for (the
     * agents' credentials). The home, private to the session, is a directory of the session's
     * own (disk, not memory; programs installed there run), bound in place of a tmpfs.
     */
    static ContainerSpec of(MountPlan plan, Map<Path, Path> copies, Path home, List<String> command, Session session, SessionFiles files) {
        List<BindMount> binds = new ArrayList<>();
        Map<String, String> tmpfs = new LinkedHashMap<>();
        String owner = "uid=" + session.uid() + ",gid=" + session.gid();
        for (Mount mount : plan.mounts()) {
            switch (mount) {
                case Mount.Bind bind -> binds.add(new BindMount(copies.getOrDefault(bind.source(), bind.source()), bind.path(), bind.writable()));
                case Mount.Tmpfs private_ when private_.path().equals(home) -> binds.add(new BindMount(files.home(), home, true));
                case Mount.Tmpfs private_ -> tmpfs.put(private_.path().toString(),
                        (plan.remountReadOnly().contains(private_.path()) ? "ro," : "rw,") + "nosuid,nodev,mode=0700," + owner);
                case Mount.EmptyFile hidden -> binds.add(new BindMount(files.emptyFile(), hidden.path(), false));
            }
        }
        binds.add(new BindMount(files.passwd(), Path.of("/etc/passwd"), false));
        binds.add(new BindMount(files.group(), Path.of("/etc/group"), false));
        binds.add(new BindMount(files.runDirectory(), Path.of(RUN_DIRECTORY), false));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(LABEL_SESSION, session.sessionDirectory().toString());
        labels.put(LABEL_UID, String.valueOf(session.uid()));
        labels.put(LABEL_PROJECT, session.project().toString());
        return new ContainerSpec(session.image(), session.name(), command, session.project(), session.uid() + ":" + session.gid(), binds, tmpfs,
                labels, session.terminal(), session.networkMode());
    }
}
