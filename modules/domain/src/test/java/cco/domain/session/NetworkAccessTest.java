package cco.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cco.domain.backend.BackendChoice;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.policy.PathOptions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkAccessTest {

    @Test
    void hostAndNoneAreTheNetworksOfThisVersion() {
        assertEquals(NetworkAccess.HOST, NetworkAccess.parse("host"));
        assertEquals(NetworkAccess.NONE, NetworkAccess.parse("none"));
        assertEquals(FailureKind.NOT_BUILT, assertThrows(CcoException.class, () -> NetworkAccess.parse("allow=example.com")).kind());
        assertEquals(FailureKind.USAGE, assertThrows(CcoException.class, () -> NetworkAccess.parse("bridge")).kind());
    }

    @Test
    void noNetworkAndTheHostsDockerSocketContradictEachOther() {
        CcoException contradiction = assertThrows(CcoException.class, () -> request(NetworkAccess.NONE, true));
        assertEquals(FailureKind.USAGE, contradiction.kind());
        assertEquals(NetworkAccess.HOST, request(NetworkAccess.HOST, true).network(), "positive control: the socket with the host's network");
        assertEquals(NetworkAccess.NONE, request(NetworkAccess.NONE, false).network(), "positive control: no network without the socket");
    }

    private static SessionRequest request(NetworkAccess network, boolean dockerSocket) {
        return new SessionRequest(new Agent.Command("true"), List.of(), BackendChoice.AUTO, PathOptions.none(), List.of(),
                new DockerOptions(List.of(), false, dockerSocket, Optional.empty()), false, false, network);
    }
}
