package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * --network: by default a session has the host's network (a development server on the host's
 * loopback answers); with --network none it has a loopback of its own and nothing else, in both
 * backends, as an unprivileged user.
 */
class NetworkTest extends OnHost {
    private static final String OWN_LOOPBACK = "python3 -c \"import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); "
            + "socket.create_connection(s.getsockname()); print('own loopback')\"";

    @ParameterizedTest
    @ValueSource(strings = {"native", "docker"})
    void withNetworkNoneTheHostsLoopbackServerIsOutOfReachAndTheSessionsOwnWorks(String backend) throws Exception {
        if (backend.equals("docker")) {
            DockerDaemon.prepare(host);
            host.asDockerUser();
        } else {
            host.asUnprivilegedUser();
        }
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String reachHost = "bash -c 'exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + "' && echo reached the host; " + OWN_LOOPBACK;
            Host.Result shared = host.sandboxed(reachHost, "--backend", backend);
            assertTrue(shared.out().contains("reached the host"), "positive control: the host's network by default: " + shared);
            Host.Result none = host.sandboxed(reachHost, "--backend", backend, "--network", "none");
            assertFalse(none.out().contains("reached the host"), none.toString());
            assertTrue(none.out().contains("own loopback"), none.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"allow=example.com", "bridge"})
    void anAllowlistIsNotInThisVersionAndAnUnknownNetworkIsAUsageErrorInOneLine(String value) throws Exception {
        Host.Result result = host.cco("--network", value, "--command", "true");
        boolean allowlist = value.startsWith("allow=");
        assertEquals(allowlist ? 3 : 2, result.exitCode(), result.toString());
        assertEquals(1, result.err().lines().count(), result.toString());
        assertTrue(result.err().contains(allowlist ? "not in this version" : "expected host or none"), result.toString());
    }

    @Test
    void noneWithTheHostsDockerSocketIsContradictory() throws Exception {
        Host.Result result = host.cco("--network", "none", "--docker", "--command", "true");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("contradictory options: --network none and --docker"), result.toString());
    }
}
