package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * cco cleanup against a real daemon, run by a user in the docker group: only what carries cco's
 * labels (and this user's uid) goes; a container named like cco's without the labels, another
 * user's container and an image cco did not label stay; --dry-run removes nothing.
 */
class CleanupTest extends OnHost {
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> containers = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private String uid;

    @BeforeEach
    void dockerUser() throws Exception {
        DockerDaemon.prepare(host);
        host.asDockerUser();
        uid = String.valueOf(((Number) Files.getAttribute(host.project, "unix:uid")).longValue());
    }

    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        for (String container : containers) {
            DockerDaemon.docker("rm", "-f", container);
        }
        for (String image : images) {
            DockerDaemon.docker("rmi", "-f", image);
        }
    }

    private String container(String name, String... labels) throws Exception {
        List<String> argv = new ArrayList<>(List.of("create", "--name", name));
        for (String label : labels) {
            argv.addAll(List.of("--label", label));
        }
        argv.addAll(List.of(DockerDaemon.BASE_IMAGE, "true"));
        Host.Result created = DockerDaemon.docker(argv.toArray(String[]::new));
        assertEquals(0, created.exitCode(), created.toString());
        containers.add(name);
        return name;
    }

    private String image(String tag, boolean labelled) throws Exception {
        String holder = container("cco-test-commit-" + suffix + "-" + images.size());
        List<String> argv = new ArrayList<>(List.of("commit"));
        if (labelled) {
            argv.addAll(List.of("--change", "LABEL dev.cco.image=1"));
        }
        argv.addAll(List.of(holder, tag));
        Host.Result committed = DockerDaemon.docker(argv.toArray(String[]::new));
        assertEquals(0, committed.exitCode(), committed.toString());
        DockerDaemon.docker("rm", holder);
        String id = committed.out().strip();
        images.add(id);
        return id;
    }

    private static boolean exists(String kind, String reference) throws Exception {
        return DockerDaemon.docker(kind, "inspect", reference).exitCode() == 0;
    }

    @Test
    void onlyLabelledLeftoversOfThisUserGoAndADryRunRemovesNothing() throws Exception {
        String leftover = container("cco-leftover-" + suffix, "dev.cco.session=/nonexistent/" + suffix, "dev.cco.uid=" + uid);
        String lookalike = container("cco-something-" + suffix);
        String othersUser = container("cco-other-" + suffix, "dev.cco.session=/nonexistent/" + suffix, "dev.cco.uid=" + (Long.parseLong(uid) + 1));
        String superseded = image("cco-agent:cleanup-" + suffix, true);
        String current = image("cco-agent:cleanup-" + suffix, true);
        String notOurs = image("cco-agent:not-ours-" + suffix, false);

        Host.Result preview = host.cco("cleanup", "--dry-run");
        assertEquals(0, preview.exitCode(), preview.toString());
        assertTrue(preview.out().contains("would remove container " + leftover + " (its session ended)"), preview.toString());
        assertTrue(preview.out().contains("would remove image " + superseded), preview.toString());
        assertTrue(exists("container", leftover) && exists("image", superseded), "a dry run removes nothing");

        Host.Result cleaned = host.cco("cleanup");
        assertEquals(0, cleaned.exitCode(), cleaned.toString());
        assertTrue(cleaned.out().contains("removed container " + leftover), cleaned.toString());
        assertFalse(exists("container", leftover), "the labelled leftover of this user is gone");
        assertFalse(exists("image", superseded), "the image a rebuild left untagged is gone");
        assertTrue(exists("container", lookalike), "a container without cco's labels stays, whatever its name");
        assertTrue(exists("container", othersUser), "another user's container stays");
        assertTrue(exists("image", current), "without --images, a tagged image stays");
        assertTrue(exists("image", notOurs), "an image without cco's label stays");
        assertFalse(cleaned.out().contains(lookalike) || cleaned.out().contains(othersUser), cleaned.toString());
    }

    @Test
    void imagesGoOnlyWhenAskedAndNotWhileAContainerUsesThem() throws Exception {
        String unused = "cco-agent:cleanup-" + suffix;
        image(unused, true);
        String notOurs = image("cco-agent:not-ours-" + suffix, false);
        // The agent images the other tests use stay: a container of their own holds each.
        Host.Result agentImages = DockerDaemon.docker("images", "--filter", "label=dev.cco.image=1", "--format", "{{.Repository}}:{{.Tag}}");
        List<String> held = agentImages.out().lines().filter(tag -> tag.startsWith("cco-agent:") && !tag.equals(unused)).toList();
        for (String tag : held) {
            String name = "cco-test-holder-" + suffix + "-" + containers.size();
            Host.Result holder = DockerDaemon.docker("create", "--name", name, tag, "true");
            assertEquals(0, holder.exitCode(), holder.toString());
            containers.add(name);
        }

        Host.Result withoutImages = host.cco("cleanup");
        assertTrue(exists("image", unused), "kept without --images: " + withoutImages);

        Host.Result cleaned = host.cco("cleanup", "--images");
        assertEquals(0, cleaned.exitCode(), cleaned.toString());
        assertTrue(cleaned.out().contains("removed image " + unused), cleaned.toString());
        assertFalse(exists("image", unused));
        assertTrue(exists("image", notOurs), "an image without cco's label stays");
        for (String tag : held) {
            assertTrue(exists("image", tag), "an image a container uses is kept: " + cleaned);
            assertTrue(cleaned.out().contains("kept image " + tag), cleaned.toString());
        }
    }
}
