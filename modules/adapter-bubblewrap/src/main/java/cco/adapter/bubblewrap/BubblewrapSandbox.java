package cco.adapter.bubblewrap;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.Aftermath;
import cco.domain.launch.HandOver;
import cco.domain.policy.SessionLocations;
import cco.domain.port.HostFileSystem;
import cco.domain.port.NativeSandbox;
import cco.domain.session.ProgramLocator;
import cco.domain.session.SessionPlan;
import cco.domain.launch.PrivateCopy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The native Linux backend: the session runs under bwrap, which replaces cco's launcher. */
public final class BubblewrapSandbox implements NativeSandbox {
    private static final Path ROOT = Path.of("/");
    private final HostFileSystem fileSystem;
    private final String searchDirectories;
    private final String osArch;

    /** Uses bwrap from the system directories first, then from the absolute entries of $PATH. */
    public BubblewrapSandbox(HostFileSystem fileSystem, String pathVariable, String osArch) {
        this.fileSystem = fileSystem;
        this.searchDirectories = ExecutableSearch.systemThenPath(pathVariable);
        this.osArch = osArch;
    }

    @Override
    public HandOver preview(SessionPlan plan, SessionLocations locations) {
        return handOver(plan, locations, new MountPlanner(fileSystem, sources(plan, List.of())).plan(plan.policy()), List.of());
    }

    /** What is mounted in place of a path: the agent's private home, cco's store of a toolchain cache. */
    private static Map<Path, Path> sources(SessionPlan plan, List<PrivateCopy> privateCopies) {
        Map<Path, Path> sources = new HashMap<>();
        plan.caches().forEach(cache -> sources.put(cache.path(), cache.store()));
        privateCopies.forEach(copy -> sources.put(copy.home(), copy.homeSource()));
        return sources;
    }

    @Override
    public HandOver prepare(SessionPlan plan, SessionLocations locations, List<PrivateCopy> privateCopies, Consumer<Aftermath> beforeCreating) {
        HostPreparation.createStores(plan.caches());
        MountPlan mounts = new MountPlanner(fileSystem, sources(plan, privateCopies)).plan(plan.policy());
        HandOver handOver = handOver(plan, locations, mounts, privateCopies);
        beforeCreating.accept(handOver.aftermath());
        HostPreparation.createAgentState(mounts.agentState());
        HostPreparation.createPlaceholders(mounts.placeholders());
        return handOver;
    }

    private HandOver handOver(SessionPlan plan, SessionLocations locations, MountPlan mounts, List<PrivateCopy> privateCopies) {
        Path bwrap = ProgramLocator.locate("bwrap", searchDirectories, ROOT, fileSystem).orElseThrow(() -> new CcoException(
                FailureKind.SANDBOX_UNAVAILABLE, "bwrap is not installed (install bubblewrap, or use --backend docker)"));
        byte[] seccomp = SeccompFilter.forArchitecture(osArch);
        return new HandOver(bwrap, BubblewrapArguments.options(mounts, plan.environment(), locations.project()),
                BubblewrapArguments.command(plan.agentArgv()), new HandOver.InheritedInput(BubblewrapArguments.SECCOMP_FD, seccomp),
                new Aftermath(mounts.placeholders(), mounts.quarantineIfCreated(), plan.policy().writableRoots(), privateCopies));
    }
}
