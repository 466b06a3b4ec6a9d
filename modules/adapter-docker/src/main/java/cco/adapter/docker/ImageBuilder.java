package cco.adapter.docker;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes sure the image of a definition exists, building it only when its tag is missing (or
 * on --rebuild). Progress goes to the user's stderr: one line rewritten in place on a terminal
 * (step n/N and the current output line), the steps alone otherwise; a failure names the step
 * and shows the end of its output.
 */
final class ImageBuilder {
    private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");
    /** The builder's line for the image a step committed. */
    private static final Pattern LAYER = Pattern.compile("^\\s*---> ([0-9a-f]{12,64})$");
    private static final int TAIL = 15;

    private final DockerClient client;
    private final PrintStream progress;
    private final boolean terminal;

    ImageBuilder(DockerClient client, PrintStream progress, boolean terminal) {
        this.client = client;
        this.progress = progress;
        this.terminal = terminal;
    }

    /** The image's tag, built first when the daemon does not have it or a rebuild was asked for; the base pulled first if missing. */
    String ensure(ImageLookup lookup) {
        ImageRequest request = lookup.request();
        ImageDefinition definition = lookup.definition().orElseGet(() -> request.on(pulled(request.baseImage())));
        String tag = definition.tag();
        Optional<String> previous = lookup.definition().isPresent() ? lookup.existing() : ImageLookup.imageId(client, tag);
        boolean rebuild = request.rebuild();
        if (!rebuild && previous.isPresent()) {
            return tag;
        }
        progress.println("cco: building the agent image " + tag + " from " + definition.baseImage()
                + (definition.extraPackages().isEmpty() ? "" : " with " + String.join(" ", definition.extraPackages()))
                + (rebuild ? " (--rebuild: every step again)" : " (once; later sessions reuse it)"));
        Progress callback = new Progress();
        String built;
        try {
            built = client.buildImageCmd(new ByteArrayInputStream(definition.context()))
                    .withTags(Set.of(tag))
                    .withBuildArg("BASE_IMAGE", definition.baseImage())
                    .withBuildArg("EXTRA_PACKAGES", String.join(" ", definition.extraPackages()))
                    .withLabels(Map.of(ImageDefinition.LABEL_IMAGE, "1"))
                    .withNoCache(rebuild)
                    .withPull(false)
                    .withRemove(true)
                    .withForcerm(true)
                    .exec(callback)
                    .awaitImageId();
        } catch (RuntimeException e) { // DockerClientException for a failed step, DockerException from the daemon
            callback.finishLine();
            callback.removeCreatedLayers(definition.baseImageId());
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "building the agent image failed at " + callback.step + ": "
                    + Engine.reason(e).lines().findFirst().orElse("") + callback.tail());
        }
        callback.finishLine();
        progress.println("cco: built " + tag);
        previous.filter(id -> !built.equals(id) && !id.endsWith(built)).ifPresent(this::removeReplaced);
        return tag;
    }

    /** The image a rebuild replaced, untagged now; kept only while a running session still uses it. */
    private void removeReplaced(String id) {
        try {
            client.removeImageCmd(id).exec();
        } catch (DockerException e) {
            // In use by a session: Docker keeps it until then, and cco cleanup finds it by its label.
        }
    }

    private String pulled(String baseImage) {
        progress.println("cco: pulling the base image " + baseImage);
        try {
            client.pullImageCmd(baseImage).start().awaitCompletion();
            return client.inspectImageCmd(baseImage).exec().getId();
        } catch (DockerException | InterruptedException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "the base image " + baseImage + " is not on this machine and cannot be pulled ("
                    + Engine.reason(e) + "); set CCO_BASE_IMAGE to an image the daemon has, or check its network");
        }
    }

    private final class Progress extends BuildImageResultCallback {
        private final Deque<String> lines = new ArrayDeque<>();
        private final Deque<String> createdLayers = new ArrayDeque<>();
        private String step = "the start";
        private boolean lineOpen;
        private boolean stepFromCache;

        @Override
        public void onNext(BuildResponseItem item) {
            String stream = item.getStream();
            if (stream != null) {
                stream.lines().filter(line -> !line.isBlank()).forEach(this::show);
            }
            super.onNext(item);
        }

        private void show(String line) {
            Matcher layer = LAYER.matcher(line);
            if (line.strip().equals("---> Using cache")) {
                stepFromCache = true;
            } else if (layer.matches() && !stepFromCache) {
                createdLayers.push(layer.group(1));
            }
            Matcher matcher = STEP.matcher(line);
            if (matcher.matches()) {
                stepFromCache = false;
                step = "step " + matcher.group(1) + "/" + matcher.group(2) + " (" + matcher.group(3) + ")";
                lines.clear();
                if (!terminal) {
                    progress.println(clip("cco: image " + step, 100));
                }
            } else {
                lines.addLast(line);
                if (lines.size() > TAIL) {
                    lines.removeFirst();
                }
            }
            if (terminal) {
                String current = "cco: image " + step.replaceAll(" \\(.*", "") + "  " + line.strip();
                progress.print("\r\033[K" + clip(current, 78));
                progress.flush();
                lineOpen = true;
            }
        }

        void finishLine() {
            if (lineOpen) {
                progress.print("\r\033[K");
                progress.flush();
                lineOpen = false;
            }
        }

        private static String clip(String line, int width) {
            return line.length() > width ? line.substring(0, width - 3) + "..." : line;
        }

        /**
         * A failed build keeps the layers of the steps that succeeded (as untagged images nothing
         * uses): those this build made, not those it reused, go, newest first.
         */
        void removeCreatedLayers(String baseImageId) {
            for (String layer : createdLayers) {
                if (baseImageId.replaceFirst("^sha256:", "").startsWith(layer)) {
                    continue; // FROM names the base without "Using cache": it is the user's, never cco's to remove
                }
                try {
                    client.removeImageCmd(layer).exec();
                } catch (RuntimeException e) {
                    // In use by another build: the daemon keeps it.
                }
            }
        }

        String tail() {
            return lines.isEmpty() ? "" : "; its last output:\n  " + String.join("\n  ", lines);
        }
    }
}
