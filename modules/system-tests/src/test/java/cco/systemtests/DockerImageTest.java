package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** cco's agent image on a real daemon: built once per definition, rebuilt on request, variants with extra packages cached too. */
class DockerImageTest extends OnHost {
    private static final Pattern BUILDING = Pattern.compile("cco: building the agent image (cco-agent:[0-9a-f]+)");

    @BeforeEach
    void dockerUser() throws Exception {
        DockerDaemon.prepare(host);
        host.asDockerUser();
        host.timeout = java.time.Duration.ofMinutes(15);
    }

    private Host.Result session(String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--backend", "docker"));
        args.addAll(List.of(options));
        args.addAll(List.of("--command", "sh", "-c", "for p in rg node npm git python3 claude codex gemini opencode pi; do command -v $p; done | wc -l; file --version 2>/dev/null | head -1"));
        return host.cco(args.toArray(String[]::new));
    }

    private static String imageId(String tag) throws Exception {
        return DockerDaemon.docker("image", "inspect", "--format", "{{.Id}}", tag).out().strip();
    }

    private static int danglingImages() throws Exception {
        return (int) DockerDaemon.docker("images", "-q", "--filter", "dangling=true").out().lines().count();
    }

    @Test
    void anUnchangedDefinitionIsNeverRebuiltAndRebuildBuildsAgain() throws Exception {
        Host.Result first = session();
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().startsWith("10\n"), "ripgrep, node, npm, git, python3 and the five agents are in the image: " + first);
        Host.Result second = session();
        assertEquals(0, second.exitCode(), second.toString());
        assertFalse(second.err().contains("building"), "nothing built the second time: " + second);

        Host.Result rebuilt = session("--rebuild");
        assertEquals(0, rebuilt.exitCode(), rebuilt.toString());
        Matcher tag = BUILDING.matcher(rebuilt.err());
        assertTrue(tag.find(), "--rebuild builds: " + rebuilt);
        String afterRebuild = imageId(tag.group(1));
        assertFalse(afterRebuild.isEmpty());
        int dangling = danglingImages();
        Host.Result again = session("--rebuild");
        assertEquals(0, again.exitCode(), again.toString());
        assertNotEquals(afterRebuild, imageId(tag.group(1)), "a new image each time");
        assertEquals(dangling, danglingImages(), "the replaced image is removed, not left dangling");
    }

    @Test
    void aPackagesVariantIsBuiltOnTopAndCached() throws Exception {
        Host.Result plain = session();
        assertEquals(0, plain.exitCode(), plain.toString());
        assertFalse(plain.out().contains("file-"), "positive control: the plain image has no 'file': " + plain);
        Host.Result variant = session("--packages", "file");
        assertEquals(0, variant.exitCode(), variant.toString());
        assertTrue(variant.out().contains("file-"), "the variant has it: " + variant);
        Host.Result cached = session("--packages", "file");
        assertEquals(0, cached.exitCode(), cached.toString());
        assertFalse(cached.err().contains("building"), "the variant is cached: " + cached);
    }

    @Test
    void anUnknownPackageFailsTheBuildNamingTheStepWithNothingLeft() throws Exception {
        session();
        int dangling = danglingImages();
        Host.Result result = session("--packages", "cco-no-such-package");
        assertEquals(125, result.exitCode(), result.toString());
        assertTrue(result.err().contains("building the agent image failed at step "), result.toString());
        assertTrue(result.err().contains("cco-no-such-package"), "the tail of the step's output names it: " + result);
        assertEquals(dangling, danglingImages(), "no dangling image");
        assertEquals(List.of(), DockerDaemon.containers("dev.cco.project", host.project.toString()), "no container");
        Host.Result invalid = session("--packages", "ok,bad;rm");
        assertEquals(2, invalid.exitCode(), invalid.toString());
        assertFalse(invalid.err().contains("building"), "refused before any build: " + invalid);
    }
}
