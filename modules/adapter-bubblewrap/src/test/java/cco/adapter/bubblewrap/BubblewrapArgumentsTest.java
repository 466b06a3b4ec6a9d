package cco.adapter.bubblewrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cco.domain.mount.Mount;
import cco.domain.mount.MountPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BubblewrapArgumentsTest {
    private static final Path PROJECT = Path.of("/home/ada/project");

    @Test
    void theCommandLineKeepsThePlansOrderAndHidesDeniedDirectoriesLast() {
        MountPlan plan = new MountPlan(true, List.of(new Mount.Tmpfs(Path.of("/home/ada/.ssh")), new Mount.Bind(PROJECT, true),
                new Mount.Bind(PROJECT.resolve(".git/hooks"), false), new Mount.EmptyFile(PROJECT.resolve(".env")), new Mount.Tmpfs(Path.of("/tmp"))),
                List.of(Path.of("/home/ada/.ssh")), List.of(), List.of(), List.of());
        List<String> argv = new ArrayList<>(BubblewrapArguments.options(plan, Map.of("HOME", "/home/ada"), PROJECT, true));
        argv.add("--");
        argv.addAll(BubblewrapArguments.command(List.of("claude", "-p", "x")));
        assertEquals(String.join(" ",
                "--die-with-parent --unshare-user --unshare-pid --unshare-ipc --unshare-cgroup-try",
                "--cap-drop ALL --cap-add CAP_SYS_ADMIN --cap-add CAP_SETPCAP",
                "--clearenv --setenv HOME /home/ada",
                "--ro-bind / / --dev /dev --proc /proc",
                "--tmpfs /home/ada/.ssh",
                "--bind /home/ada/project /home/ada/project",
                "--ro-bind /home/ada/project/.git/hooks /home/ada/project/.git/hooks",
                "--ro-bind /dev/null /home/ada/project/.env",
                "--tmpfs /tmp",
                "--remount-ro /home/ada/.ssh",
                "--chdir /home/ada/project --seccomp 3 --",
                "/usr/bin/unshare --mount --propagation private --",
                "/usr/bin/setpriv --inh-caps=-all --ambient-caps=-all --bounding-set=-all --",
                "/usr/bin/env --default-signal=INT,QUIT -- claude -p x"), String.join(" ", argv));
    }

    @Test
    void withoutTheHostsNetworkTheSessionGetsANetworkNamespaceOfItsOwn() {
        MountPlan plan = new MountPlan(true, List.of(new Mount.Bind(PROJECT, true)), List.of(), List.of(), List.of(), List.of());
        assertTrue(BubblewrapArguments.options(plan, Map.of(), PROJECT, false).contains("--unshare-net"));
        assertFalse(BubblewrapArguments.options(plan, Map.of(), PROJECT, true).contains("--unshare-net"), "positive control: the host's network");
    }
}
