package cco.domain.lifecycle;

import cco.domain.credentials.CredentialRefresh;
import cco.domain.launch.AttachedSession;
import cco.domain.launch.Launch;
import cco.domain.launch.PrivateCopy;
import cco.domain.policy.AgentHomes;
import cco.domain.agent.KnownAgents;
import cco.domain.policy.SessionLocations;
import cco.domain.port.AgentStateVault;
import cco.domain.port.SandboxBackend;
import cco.domain.port.SessionRegistry;
import cco.domain.port.StandIns;
import cco.domain.port.UserTerminal;
import cco.domain.session.SessionPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts a planned session on any backend: records it, prepares the host, then either returns a
 * hand-over for the launcher (which finishes the session afterwards) or runs it attached and
 * finishes it here. Notices for the user (what an earlier, killed session left; what finishing
 * this one did) go to {@code notices}.
 */
public final class SessionStart {
    private static final long FINISH_WAIT_SECONDS = 60;
    private final SessionRegistry registry;
    private final SessionLifecycle lifecycle;
    private final AgentStateVault vault;
    private final StandIns standIns;
    private final CredentialRefresh credentialRefresh;
    private final Consumer<String> notices;

    public SessionStart(SessionRegistry registry, SessionLifecycle lifecycle, AgentStateVault vault, StandIns standIns,
            CredentialRefresh credentialRefresh, Consumer<String> notices) {
        this.registry = registry;
        this.lifecycle = lifecycle;
        this.vault = vault;
        this.standIns = standIns;
        this.credentialRefresh = credentialRefresh;
        this.notices = notices;
    }

    /** A recorded, prepared session: its record's directory and how it is launched, with the aftermath the record holds. */
    public record Prepared(Path directory, Launch launch) {
    }

    /**
     * Under the lock of all sessions: what killed sessions left is dealt with first, then this
     * session's record is written before anything is created on the host, and completed with
     * what it will leave (and the stand-ins of running sessions it relies on) before creating
     * it. A start that fails undoes what it created.
     */
    public Prepared prepare(SessionPlan plan, SessionLocations locations, SandboxBackend backend, long owner) {
        try (SessionRegistry.Lock lock = registry.lock()) {
            lifecycle.recoverAbandoned().forEach(line -> notices.accept("after an earlier session that was killed: " + line));
            AtomicReference<SessionRecord> record = new AtomicReference<>(registry.open(registry.owner(owner)));
            try {
                List<PrivateCopy> privateCopies = new ArrayList<>();
                if (plan.request().agent().state().equals(Optional.of(KnownAgents.CLAUDE))) {
                    privateCopies.add(vault.isolate(record.get().directory(), AgentHomes.claudeConfigurationFile(locations),
                            locations.project(), AgentHomes.claudeHome(locations)));
                }
                if (plan.request().allowOauthRefresh()) {
                    credentialsCopy(plan, locations, record.get().directory(), privateCopies).ifPresent(privateCopies::add);
                }
                Launch launch = backend.launch(plan, locations, privateCopies);
                record.set(record.get().with(launch.aftermath().sharing(lifecycle.standInsInUse(record.get()))));
                registry.save(record.get());
                standIns.prepare(launch.preparation());
                return new Prepared(record.get().directory(), launch.withAftermath(record.get().aftermath()));
            } catch (RuntimeException e) {
                lifecycle.finish(record.get()).forEach(line -> notices.accept("undoing the start: " + line));
                throw e;
            }
        }
    }

    /**
     * The agent's credentials as a private copy in its home for the session: in the directory an
     * earlier copy already mounts there (Claude Code's state), else in one of their own.
     */
    private Optional<PrivateCopy> credentialsCopy(SessionPlan plan, SessionLocations locations, Path sessionDirectory, List<PrivateCopy> copies) {
        return CredentialRefresh.ownerFor(plan.request().agent().state()).flatMap(owner -> {
            Path home = AgentHomes.homeOf(locations, owner.agent());
            Path homeSource = copies.stream().filter(copy -> copy.home().equals(home)).map(PrivateCopy::homeSource).findFirst()
                    .orElse(sessionDirectory.resolve(owner.label() + "-home"));
            return credentialRefresh.copyIn(owner, sessionDirectory, homeSource, home);
        });
    }

    /**
     * Runs an attached session to its end, then finishes it (as the launcher does for a
     * handed-over one); returns the agent's exit status. If the JVM is stopped meanwhile (a
     * signal without a terminal to relay it), the session is aborted and finished all the same.
     */
    public int runAttached(Prepared prepared, Launch.Attached launch, Optional<UserTerminal> terminal, AttachedSession.StandardStreams streams) {
        AtomicBoolean finishing = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        // Once: by the session's thread, or by the hook; the hook waits for the other, since the JVM halts when hooks return.
        Runnable finish = () -> {
            if (finishing.compareAndSet(false, true)) {
                try {
                    finish(prepared.directory());
                } finally {
                    finished.countDown();
                }
            } else {
                awaitQuietly(finished);
            }
        };
        Thread stopped = new Thread(() -> {
            launch.session().abort();
            finish.run();
        }, "cco-session-stopped");
        Runtime.getRuntime().addShutdownHook(stopped);
        try {
            return launch.session().run(prepared.directory(), terminal, streams);
        } finally {
            finish.run();
            try {
                Runtime.getRuntime().removeShutdownHook(stopped);
            } catch (IllegalStateException shuttingDown) {
                // The hook finishes nothing twice.
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(FINISH_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void finish(Path directory) {
        try (SessionRegistry.Lock lock = registry.lock()) {
            registry.all().stream()
                    .filter(record -> record.directory().equals(directory))
                    .findFirst()
                    .ifPresent(record -> lifecycle.finish(record).forEach(notices));
        }
    }
}
