package cco.domain.session;

import cco.domain.backend.BackendChoice;
import cco.domain.failure.CcoException;
import cco.domain.policy.PathOptions;
import java.util.List;

/** Everything the user asked for one session, validated on construction. */
public record SessionRequest(
        Agent agent,
        List<String> agentArguments,
        BackendChoice backend,
        PathOptions pathOptions,
        List<String> environmentOptions,
        DockerOptions dockerOptions,
        boolean allowOauthRefresh,
        boolean disableBackgroundTasks,
        NetworkAccess network) {

    public SessionRequest {
        agentArguments = List.copyOf(agentArguments);
        environmentOptions = List.copyOf(environmentOptions);
        if (backend == BackendChoice.NATIVE && dockerOptions.touchesImage()) {
            throw CcoException.usage("contradictory options: --packages and --rebuild apply only to the Docker backend, not --backend native");
        }
        if (network == NetworkAccess.NONE && dockerOptions.shareDockerSocket()) {
            throw CcoException.usage("contradictory options: --network none and --docker (the host's Docker daemon starts containers on any network)");
        }
    }
}
