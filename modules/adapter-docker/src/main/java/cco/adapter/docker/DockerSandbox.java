package cco.adapter.docker;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.Aftermath;
import cco.domain.launch.Launch;
import cco.domain.launch.Preparation;
import cco.domain.launch.PrivateCopy;
import cco.domain.mount.Mount;
import cco.domain.mount.MountPlan;
import cco.domain.mount.MountPlanner;
import cco.domain.policy.ContainerPolicy;
import cco.domain.policy.PathRule;
import cco.domain.policy.RuleOrigin;
import cco.domain.policy.SessionLocations;
import cco.domain.port.HostFileSystem;
import cco.domain.port.SandboxBackend;
import cco.domain.session.Agent;
import cco.domain.session.NetworkAccess;
import cco.domain.session.Platform;
import cco.domain.session.SessionPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Docker backend: the session runs in a container of cco's agent image, which shows only
 * what the session's policy shares (ContainerPolicy), at the same paths, with the JVM staying
 * to relay it. Host networking where the daemon runs on this Linux host (a local socket), so
 * that servers on the host's loopback are reachable as they are natively; elsewhere a bridge
 * with host.docker.internal.
 */
public final class DockerSandbox implements SandboxBackend {
    static final String IMAGE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    /**
     * Variables that name the host's files: in the container they would point at nothing, or
     * replace the image's trust store (which already holds the host's extra CA certificates).
     */
    private static final List<String> HOST_ONLY_VARIABLES = List.of("NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE", "SSL_CERT_DIR",
            "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "PIP_CERT", "XDG_RUNTIME_DIR");

    private final HostFileSystem fileSystem;
    private final DockerEngine engine;
    private final Platform platform;
    private final String userName;

    public DockerSandbox(HostFileSystem fileSystem, DockerEngine engine, Platform platform, String userName) {
        this.fileSystem = fileSystem;
        this.engine = engine;
        this.platform = platform;
        this.userName = userName;
    }

    @Override
    public Launch launch(SessionPlan plan, SessionLocations locations, List<PrivateCopy> privateCopies) {
        MountPlan mounts = new MountPlanner(fileSystem, MountPlanner.sources(plan.caches(), privateCopies))
                .plan(ContainerPolicy.of(plan.policy(), locations.home()));
        mounts.mounts().forEach(DockerSandbox::requireMountable);
        Map<String, String> sessionEnvironment = new LinkedHashMap<>(plan.environment());
        HOST_ONLY_VARIABLES.forEach(sessionEnvironment::remove);
        sessionEnvironment.put("PATH", IMAGE_PATH);
        sessionEnvironment.put("SHELL", "/bin/bash");
        List<Path> credentials = plan.policy().rules().stream().filter(rule -> rule.origin() == RuleOrigin.AGENT_CREDENTIALS).map(PathRule::path).toList();
        DockerSession session = new DockerSession(engine, new DockerSession.Plan(mounts, credentials, command(plan), sessionEnvironment, locations.project(),
                locations.home(), userName, plan.request().dockerOptions(), plan.request().network()), platform == Platform.LINUX);
        Aftermath aftermath = new Aftermath(mounts.placeholders(), mounts.quarantineIfCreated(), plan.policy().writableRoots(), privateCopies);
        return new Launch.Attached(session, new Preparation(plan.caches(), mounts.agentState(), mounts.placeholders()), aftermath,
                invocation(mounts, credentials, plan, locations, ImageRequest.baseImage(plan.request().dockerOptions())));
    }

    /** The shell the host chose ($SHELL, bash or sh) means nothing in the image, which has bash. */
    private static List<String> command(SessionPlan plan) {
        if (!(plan.request().agent() instanceof Agent.Shell)) {
            return plan.agentArgv();
        }
        List<String> argv = new ArrayList<>(plan.agentArgv());
        argv.set(0, "bash");
        return argv;
    }

    /** The Engine API names a bind "source:target:mode" and tmpfs options with commas: a path with either cannot be said. */
    private static void requireMountable(Mount mount) {
        List<Path> paths = mount instanceof Mount.Bind bind ? List.of(bind.source(), bind.path()) : List.of(mount.path());
        for (Path path : paths) {
            String text = path.toString();
            if (text.contains(":") || text.contains(",")) {
                throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, path + " cannot be mounted into a container: Docker does not accept ':' or ','"
                        + " in a mounted path; rename it, or use --backend native");
            }
        }
    }

    /** What --dry-run shows, in the terms of `docker run`; the environment travels in a file, its values never shown. */
    private static List<String> invocation(MountPlan mounts, List<Path> credentials, SessionPlan plan, SessionLocations locations, String baseImage) {
        List<String> argv = new ArrayList<>(List.of("docker", "run", "--rm", "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
                "--pids-limit", String.valueOf(ContainerSpec.PIDS_LIMIT), "--user", "<uid>:<gid>", "--workdir", locations.project().toString()));
        if (plan.request().network() == NetworkAccess.NONE) {
            argv.addAll(List.of("--network", "none"));
        }
        mounts.mounts().forEach(mount -> {
            switch (mount) {
                case Mount.Bind bind -> argv.addAll(List.of("--volume", (credentials.contains(bind.source()) ? "<the session's copy>" : bind.source())
                        + ":" + bind.path() + (bind.writable() ? "" : ":ro")));
                case Mount.Tmpfs tmpfs -> argv.addAll(List.of("--tmpfs",
                        tmpfs.path() + (mounts.remountReadOnly().contains(tmpfs.path()) ? ":ro" : "")));
                case Mount.EmptyFile hidden -> argv.addAll(List.of("--volume", "<empty file>:" + hidden.path() + ":ro"));
            }
        });
        argv.addAll(List.of("--volume", "<session>/run:" + ContainerSpec.RUN_DIRECTORY + ":ro", "(environment: " + String.join(" ", plan.environment().keySet())
                + ", values not shown)", ImageDefinition.REPOSITORY + ":<hash of the definition, from " + baseImage + ">"));
        argv.addAll(plan.agentArgv());
        return argv;
    }
}
