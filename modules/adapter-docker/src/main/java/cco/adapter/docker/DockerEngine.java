package cco.adapter.docker;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.session.DockerOptions;
import com.github.dockerjava.api.DockerClient;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Docker daemon as this cco process knows it, contacted once: the probe and the session
 * share the daemon found. When the backend is known before planning, the contact (finding the
 * daemon, docker-java's client, looking up the images) starts then, on a thread of its own, so
 * that planning on the other core hides most of its cost.
 */
public final class DockerEngine {
    private final DaemonLocator locator;
    private final Map<String, String> environment;
    private CompletableFuture<Engine.Search> search;
    private CompletableFuture<Contact> earlyContact;
    private DockerOptions earlyOptions;

    /** What a session needs before its container: the daemon, a client for it, and its images as far as they exist. */
    record Contact(DockerEndpoint endpoint, DockerClient client, ImageLookup images) {
    }

    public DockerEngine(Map<String, String> environment, Path home) {
        this(new DaemonLocator(environment, home), environment);
    }

    DockerEngine(DaemonLocator locator, Map<String, String> environment) {
        this.locator = locator;
        this.environment = Map.copyOf(environment);
    }

    /** Starts the contact for a session with these options; the session takes it over (or makes its own, for other options). */
    public synchronized void contactEarly(DockerOptions options) {
        if (earlyContact != null) {
            return;
        }
        CompletableFuture<Engine.Search> found = new CompletableFuture<>();
        CompletableFuture<Contact> contacted = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("cco-docker-contact").start(() -> {
            try {
                found.complete(Engine.find(locator));
                contacted.complete(contact(found.join(), options));
            } catch (RuntimeException e) {
                found.completeExceptionally(e);
                contacted.completeExceptionally(e);
            }
        });
        EngineJson.prepareInTheBackground();
        search = found;
        earlyContact = contacted;
        earlyOptions = options;
    }

    /** The first daemon that answered, or what every candidate said. */
    synchronized Engine.Search search() {
        if (search == null) {
            search = CompletableFuture.completedFuture(Engine.find(locator));
        }
        return joined(search);
    }

    Contact contact(DockerOptions options) {
        CompletableFuture<Contact> early;
        synchronized (this) {
            early = options.equals(earlyOptions) ? earlyContact : null;
        }
        return early != null ? joined(early) : contact(search(), options);
    }

    private Contact contact(Engine.Search found, DockerOptions options) {
        DockerEndpoint endpoint = switch (found) {
            case Engine.Search.Found daemon -> daemon.endpoint();
            case Engine.Search.NotFound none -> throw new CcoException(FailureKind.SANDBOX_UNAVAILABLE,
                    "no Docker daemon answers: " + String.join("; ", none.failures()) + " (" + none.fix() + ")");
        };
        DockerClient client = Engine.connect(endpoint, Optional.empty());
        return new Contact(endpoint, client, ImageLookup.of(client, ImageRequest.of(environment, options)));
    }

    /** What the contact's thread threw, as if thrown here. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
