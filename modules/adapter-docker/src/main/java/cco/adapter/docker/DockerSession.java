package cco.adapter.docker;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.AttachedSession;
import cco.domain.mount.MountPlan;
import cco.domain.port.UserTerminal;
import cco.domain.session.DockerOptions;
import cco.domain.session.NetworkAccess;
import cco.domain.terminal.TerminalRelay;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A session in a container, run by the JVM that stays: the image is made sure of, the
 * container created with the session's files, attached before it starts, relayed or piped,
 * waited for and removed, also when cco is interrupted. While it runs, cco beats the lease
 * that the container's entrypoint watches, so a cco killed with SIGKILL ends its container too.
 */
final class DockerSession implements AttachedSession {
    private static final long LEASE_INTERVAL_MILLIS = 1000;
    private static final long REAPING_WAIT_MILLIS = 5000;
    private static final long ATTACH_WAIT_SECONDS = 5;
    private static final long SETTLING_MILLIS = 1000;

    /** What the session needs from the plan, fixed when it was planned. */
    record Plan(MountPlan mounts, List<Path> credentials, List<String> command, Map<String, String> environment, Path project, Path home,
            String userName, DockerOptions options, NetworkAccess network) {
    }

    private final DockerEngine engine;
    private final Plan plan;
    private final boolean linuxHost;
    /** The container and its client once created, for abort. */
    private volatile Runnable removal = () -> {
    };
    /** Set by abort: a container not created yet never will be. */
    private volatile boolean aborted;

    DockerSession(DockerEngine engine, Plan plan, boolean linuxHost) {
        this.engine = engine;
        this.plan = plan;
        this.linuxHost = linuxHost;
    }

    @Override
    public int run(Path sessionDirectory, Optional<UserTerminal> terminal, StandardStreams streams) {
        try {
            return runContainer(sessionDirectory, terminal, streams);
        } catch (DockerException | DockerClientException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "the Docker daemon refused the session: " + Engine.reason(e));
        }
    }

    private int runContainer(Path sessionDirectory, Optional<UserTerminal> terminal, StandardStreams streams) {
        DockerEngine.Contact contact = engine.contact(plan.options());
        DockerClient client = contact.client();
        // The host's network where the daemon shares the host's (a local Linux daemon): localhost servers are the user's.
        String networkMode = plan.network() == NetworkAccess.NONE ? "none" : linuxHost && contact.endpoint().unixSocket() ? "host" : "bridge";
        PrintStream notices = new PrintStream(streams.err(), true, java.nio.charset.StandardCharsets.UTF_8);
        long uid = attribute(sessionDirectory, "unix:uid");
        long gid = attribute(sessionDirectory, "unix:gid");
        Thread reaping = reaper(client, uid);
        ImageBuilder builder = new ImageBuilder(client, notices, terminal.isPresent());
        String image = builder.ensure(contact.images());
        SessionFiles files = SessionFiles.in(sessionDirectory);
        files.write(plan.environment(), plan.userName(), uid, gid, plan.home(), terminal.map(UserTerminal::size));
        ContainerSpec spec = ContainerSpec.of(plan.mounts(), files.copyCredentials(plan.credentials()), plan.home(), plan.command(),
                new ContainerSpec.Session(image, containerName(), sessionDirectory, plan.project(), uid, gid, terminal.isPresent(), networkMode),
                files);
        MountPoints.prepare(spec, sessionDirectory);
        if (aborted) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cco was stopped before the session's container was created");
        }
        String id = create(client, spec);
        removal = () -> remove(client, id);
        if (aborted) {
            removal.run();
        }
        Thread lease = leaseKeeper(files, this::abort);
        try {
            return terminal.map(user -> relayed(client, id, user, reaping)).orElseGet(() -> piped(client, id, streams, reaping));
        } finally {
            lease.interrupt();
            removal.run();
            awaitQuietly(reaping);
        }
    }

    /** Containers earlier sessions left go once this one has started: their removal is not on the way of the agent's start. */
    private static Thread reaper(DockerClient client, long uid) {
        Thread thread = new Thread(() -> {
            try {
                new LeftoverContainers(client).removeAbandoned(uid);
            } catch (RuntimeException e) {
                // The daemon refused: the next start tries again.
            }
        }, "cco-container-reaping");
        thread.setDaemon(true);
        return thread;
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join(REAPING_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void abort() {
        aborted = true;
        removal.run();
    }

    private int relayed(DockerClient client, String id, UserTerminal user, Thread reaping) {
        try {
            AttachedStreams streams = AttachedStreams.forTerminal(client, id);
            attach(client, id, streams, streams.keysForTheContainer());
            int relayed = new TerminalRelay(user).relay(streams, Optional.empty(), () -> start(client, id, reaping));
            return relayed != 0 ? relayed : exitCode(client, id);
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot attach to the session's container: " + e.getMessage());
        }
    }

    /**
     * Two attachments: one for the output, one for stdin alone. The Engine API has no way to
     * close a container's stdin but ending the attachment that feeds it (StdinOnce), so the end
     * of cco's stdin ends that one, and the agent reads its end as it would without cco.
     */
    private int piped(DockerClient client, String id, StandardStreams streams, Thread reaping) {
        try {
            AttachedStreams output = AttachedStreams.forStreams(client, id, streams.out(), streams.err());
            awaitAttached(client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true).withLogs(false).exec(output));
            ResultCallback.Adapter<Frame> input = new ResultCallback.Adapter<>();
            CountDownLatch started = new CountDownLatch(1);
            awaitAttached(client.attachContainerCmd(id).withStdIn(new EndSignallingInput(streams.in(), () -> closeOnceStarted(input, started)))
                    .withFollowStream(true).withLogs(false).exec(input));
            start(client, id, reaping);
            started.countDown();
            int status = exitCode(client, id);
            output.awaitEnd();
            closeQuietly(input);
            return status;
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot attach to the session's container: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** An attachment that ends before the container starts does not close its stdin: input that ends at once waits for the start. */
    private static void closeOnceStarted(java.io.Closeable input, CountDownLatch started) {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(input);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing an attachment that already ended.
        }
    }

    /** Waits until the daemon has the attachment: output the container writes before that would be lost. */
    private static void attach(DockerClient client, String id, AttachedStreams streams, InputStream stdin) {
        awaitAttached(client.attachContainerCmd(id).withStdIn(stdin).withStdOut(true).withStdErr(true).withFollowStream(true).withLogs(false)
                .exec(streams));
    }

    /** Bounded: an attachment that failed never reports its start, and the failure shows when the session runs. */
    private static void awaitAttached(ResultCallback.Adapter<Frame> attachment) {
        try {
            attachment.awaitStarted(ATTACH_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the container, then what waited for it to start. */
    private static void start(DockerClient client, String id, Thread reaping) {
        client.startContainerCmd(id).exec();
        reaping.start();
        collectOnceSettled();
    }

    /**
     * The JVM stays for the whole session: once the agent has started, what planning and the
     * Engine API's first calls left on the heap is collected, and the collector gives the memory
     * back (the launcher runs it with a low MaxHeapFreeRatio). Not at once: a full collection
     * would delay the agent's first output.
     */
    private static void collectOnceSettled() {
        Thread.ofPlatform().daemon().name("cco-heap-trim").start(() -> {
            try {
                Thread.sleep(SETTLING_MILLIS);
                System.gc();
            } catch (InterruptedException e) {
                // The JVM is ending.
            }
        });
    }

    private static int exitCode(DockerClient client, String id) {
        return client.waitContainerCmd(id).exec(new WaitContainerResultCallback()).awaitStatusCode();
    }

    private String create(DockerClient client, ContainerSpec spec) {
        // Mounts, not Binds: a bind source missing by now is an error, where Binds would create it (as root) on the host.
        HostConfig host = HostConfig.newHostConfig()
                .withMounts(spec.binds().stream()
                        .map(bind -> new Mount().withType(MountType.BIND).withSource(bind.source().toString()).withTarget(bind.target().toString())
                                .withReadOnly(!bind.writable()))
                        .toList())
                .withTmpFs(spec.tmpfs())
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withPidsLimit(ContainerSpec.PIDS_LIMIT)
                .withNetworkMode(spec.networkMode());
        if (spec.networkMode().equals("bridge")) {
            host.withExtraHosts("host.docker.internal:host-gateway");
        }
        CreateContainerCmd create = client.createContainerCmd(spec.image())
                .withName(spec.name())
                .withCmd(spec.command())
                .withUser(spec.user())
                .withWorkingDir(spec.workingDirectory().toString())
                .withLabels(spec.labels())
                .withTty(spec.terminal())
                .withStdinOpen(true)
                .withStdInOnce(true)
                .withAttachStdin(true)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withHostConfig(host);
        try {
            return create.exec().getId();
        } catch (DockerException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot create the session's container: " + Engine.reason(e));
        }
    }

    private static void remove(DockerClient client, String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException e) {
            // Gone already, or the daemon went away: the next start reaps what is left by its labels.
        }
    }

    /**
     * Beats the lease while cco's launcher lives: a launcher killed with SIGKILL leaves this JVM
     * adopted by another process, and then the session is ended here too.
     */
    private static Thread leaseKeeper(SessionFiles files, Runnable launcherGone) {
        long launcher = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) != launcher) {
                        launcherGone.run();
                        return;
                    }
                    files.renewLease();
                    Thread.sleep(LEASE_INTERVAL_MILLIS);
                }
            } catch (IOException | InterruptedException e) {
                // The session is over.
            }
        }, "cco-container-lease");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private String containerName() {
        String project = plan.project().getFileName() == null ? "root" : plan.project().getFileName().toString();
        String safe = project.replaceAll("[^A-Za-z0-9_.-]", "-");
        return "cco-" + (safe.length() > 40 ? safe.substring(0, 40) : safe) + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private static long attribute(Path path, String name) {
        try {
            return ((Number) Files.getAttribute(path, name)).longValue();
        } catch (IOException e) {
            throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE, "cannot read the owner of " + path + ": " + e.getMessage());
        }
    }
}
