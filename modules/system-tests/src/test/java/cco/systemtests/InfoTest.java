package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 13: cco info through the installed bundle, text and JSON, with and without usable backends. */
class InfoTest extends OnHost {

    @Test
    void withoutBwrapAndDockerEveryBackendSaysWhyAndTheFixAndTheStatusSaysNone() throws Exception {
        host.asUnprivilegedUser();
        Host.Result usable = host.cco("info");
        assertEquals(0, usable.exitCode(), "positive control: bubblewrap works here: " + usable);
        assertTrue(usable.out().contains("native (bubblewrap): usable"), usable.toString());

        host.environment.put("DOCKER_HOST", "unix://" + host.root.resolve("no-docker.sock"));
        // bwrap is looked for in the system's directories before PATH (ADR 0009): hidden by an empty file in a mount namespace of the user's own.
        Host.Result none = host.run(host.project, null, "unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                "touch \"$1\" && mount --bind \"$1\" \"$(command -v bwrap)\" && exec \"$0\" info", TestBundle.launcher().toString(),
                host.root.resolve("not-bwrap").toString());
        assertEquals(125, none.exitCode(), none.toString());
        assertTrue(none.out().contains("native (bubblewrap): unusable: ") && none.out().contains("(fix: install bubblewrap"), none.toString());
        assertTrue(none.out().contains("docker: unusable: no Docker daemon answers: unix://" + host.root.resolve("no-docker.sock")
                + " (DOCKER_HOST): no socket (fix: start the Docker daemon"), none.toString());
        assertTrue(none.out().contains("--backend auto uses: none"), none.toString());

        Host.Result json = host.cco("info", "--json");
        assertEquals(0, json.exitCode(), json.toString());
        assertTrue(json.out().replace(" ", "").contains("\"autoBackend\":\"bubblewrap\""), json.toString());
    }
}
