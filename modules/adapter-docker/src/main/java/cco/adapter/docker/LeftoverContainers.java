package cco.adapter.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Containers of this user's sessions that outlived them (cco killed, daemon restarted): a
 * stopped container whose session record is gone (finished, or recovered after its owner died)
 * is removed. A running one is left alone: its session may be alive where this cco cannot see
 * its record (a cco inside a sandbox), and if its cco died the lease stops it. Only containers
 * with cco's labels and this uid are ever looked at.
 */
final class LeftoverContainers {
    private final DockerClient client;

    LeftoverContainers(DockerClient client) {
        this.client = client;
    }

    void removeAbandoned(long uid) {
        abandoned(uid, Set.of()).forEach(this::remove);
    }

    void remove(Container container) {
        client.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
    }

    /** {@code ending}: session directories whose records are about to go (a dry run of their recovery). */
    List<Container> abandoned(long uid, Set<Path> ending) {
        List<Container> containers = client.listContainersCmd().withShowAll(true).withStatusFilter(List.of("created", "exited", "dead"))
                .withLabelFilter(Map.of(ContainerSpec.LABEL_UID, String.valueOf(uid))).exec();
        return containers.stream()
                .filter(container -> container.getLabels() != null && container.getLabels().containsKey(ContainerSpec.LABEL_SESSION))
                .filter(container -> {
                    Path session = Path.of(container.getLabels().get(ContainerSpec.LABEL_SESSION));
                    return ending.contains(session) || !Files.exists(session.resolve("record"));
                })
                .toList();
    }

    static String name(Container container) {
        String[] names = container.getNames();
        return names != null && names.length > 0 ? names[0].replaceFirst("^/", "") : container.getId();
    }
}
