package cco.cli;

import cco.adapter.docker.DockerLeftovers;
import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.lifecycle.SessionLifecycle;
import cco.domain.lifecycle.SessionRecord;
import cco.domain.policy.ToolchainCaches;
import cco.domain.port.SessionRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * cco cleanup [--dry-run] [--images] [--caches]: what sessions that were killed left behind
 * (finished as the next start would), cco's containers and images no session uses, and on request
 * the toolchain caches. Only what cco created is touched.
 */
final class CleanupCommand {
    private final CompositionRoot root;

    CleanupCommand(CompositionRoot root) {
        this.root = root;
    }

    record Scope(boolean dryRun, boolean images, boolean caches) {
    }

    int run(Scope scope) {
        SessionRegistry registry = root.sessionRegistry();
        PrintWriter out = root.host().out();
        List<String> report = new ArrayList<>();
        try (SessionRegistry.Lock lock = registry.lock()) {
            SessionLifecycle lifecycle = root.sessionLifecycle(registry);
            List<SessionRecord> abandoned = lifecycle.abandoned();
            if (scope.dryRun()) {
                abandoned.forEach(record -> report.add("would finish " + describe(record)));
            } else {
                report.addAll(lifecycle.recoverAbandoned());
            }
            Set<Path> ending = abandoned.stream().map(SessionRecord::directory).collect(Collectors.toSet());
            report.addAll(new DockerLeftovers(root.dockerEngine(), userId()).cleanUp(scope.dryRun(), scope.images(), ending));
            long running = registry.all().stream().filter(record -> registry.alive(record.owner())).count();
            if (scope.caches()) {
                report.add(emptyCaches(running, scope.dryRun()));
            }
            if (report.isEmpty()) {
                report.add("nothing to clean up");
            }
            report.forEach(line -> out.println("cco: " + DisplayText.of(line)));
            if (running > 0) {
                out.println("cco: " + running + " session(s) still running; they clean up after themselves when they end");
            }
        }
        return ExitCodes.OK;
    }

    private static String describe(SessionRecord record) {
        return "the session of process " + record.owner().pid() + " (gone), recorded in " + record.directory();
    }

    /** Never under a running session, which has the stores mounted. */
    private String emptyCaches(long running, boolean dryRun) {
        Path stores = ToolchainCaches.stores(root.host().home(), root.host().environment());
        if (running > 0) {
            throw CcoException.usage("cleanup --caches: sessions are running and use the caches; end them first");
        }
        if (dryRun) {
            return "would empty the toolchain caches in " + stores + " (" + root.cacheStores().size(stores) / 1024 + " KiB)";
        }
        try {
            root.cacheStores().empty(stores);
            return "emptied the toolchain caches in " + stores;
        } catch (IOException e) {
            throw new CcoException(FailureKind.INTERNAL, "cannot empty " + stores + ": " + e.getMessage());
        }
    }

    /** The uid sessions' containers are labelled with (their session directory's owner: this user). */
    private long userId() {
        for (Path owned : List.of(Path.of("/proc/self"), root.stateDirectory())) {
            try {
                return ((Number) Files.getAttribute(owned, "unix:uid")).longValue();
            } catch (IOException | UnsupportedOperationException e) {
                // Not Linux, or no state yet: the next candidate.
            }
        }
        return -1;
    }
}
