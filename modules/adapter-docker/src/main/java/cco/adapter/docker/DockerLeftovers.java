package cco.adapter.docker;

import cco.domain.port.BackendLeftovers;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * cco's containers and images that no session uses, found by cco's labels only: a container or
 * image without them is never looked at, whatever its name. Containers are this user's stopped
 * ones whose session ended; images are the untagged ones rebuilds left, or with allImages every
 * image cco built that no container uses (the daemon refuses those in use, and they are kept).
 * Without a reachable daemon there is nothing of cco's to clean there. Images carry no owner: on
 * a daemon several users share, one user's cleanup may remove the cco images another's sessions
 * would have reused (they are built again).
 */
public final class DockerLeftovers implements BackendLeftovers {
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final DockerEngine engine;
    private final long uid;

    public DockerLeftovers(DockerEngine engine, long uid) {
        this.engine = engine;
        this.uid = uid;
    }

    @Override
    public List<String> cleanUp(boolean dryRun, boolean allImages, Set<Path> ending) {
        if (!(engine.search() instanceof Engine.Search.Found found)) {
            return List.of();
        }
        List<String> report = new ArrayList<>();
        DockerClient client = Engine.connect(found.endpoint(), Optional.of(RESPONSE_TIMEOUT));
        try {
            containers(client, dryRun, ending, report);
            images(client, dryRun, allImages, report);
        } catch (RuntimeException e) {
            // The daemon went away or refused a listing: what was done is still reported, and the next cleanup tries again.
            report.add("could not finish with Docker (" + found.endpoint().host() + "): " + Engine.reason(e));
        } finally {
            Engine.close(client);
        }
        return report;
    }

    private void containers(DockerClient client, boolean dryRun, Set<Path> ending, List<String> report) {
        LeftoverContainers leftovers = new LeftoverContainers(client);
        for (Container container : leftovers.abandoned(uid, ending)) {
            String what = "container " + LeftoverContainers.name(container) + " (its session ended)";
            if (dryRun) {
                report.add("would remove " + what);
                continue;
            }
            try {
                leftovers.remove(container);
                report.add("removed " + what);
            } catch (DockerException e) {
                report.add("could not remove " + what + ": " + Engine.reason(e));
            }
        }
    }

    private static void images(DockerClient client, boolean dryRun, boolean allImages, List<String> report) {
        List<Image> labelled = client.listImagesCmd().withLabelFilter(Map.of(ImageDefinition.LABEL_IMAGE, "1")).exec();
        for (Image image : labelled) {
            List<String> tags = tags(image);
            if (!tags.isEmpty() && (!allImages || !tags.stream().allMatch(tag -> tag.startsWith(ImageDefinition.REPOSITORY + ":")))) {
                continue;
            }
            List<String> references = tags.isEmpty() ? List.of(image.getId()) : tags;
            for (String reference : references) {
                String what = "image " + reference + (tags.isEmpty() ? " (left untagged by a rebuild)" : "");
                if (dryRun) {
                    report.add("would remove " + what);
                    continue;
                }
                try {
                    client.removeImageCmd(reference).exec();
                    report.add("removed " + what);
                } catch (DockerException e) {
                    report.add("kept " + what + ": " + Engine.reason(e));
                }
            }
        }
    }

    /** The image's names, without the placeholder the daemon gives an untagged image. */
    private static List<String> tags(Image image) {
        return image.getRepoTags() == null ? List.of()
                : Arrays.stream(image.getRepoTags()).filter(tag -> !tag.equals("<none>:<none>")).toList();
    }
}
