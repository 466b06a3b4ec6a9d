package cco.adapter.bubblewrap;

import cco.domain.failure.CcoException;
import cco.domain.failure.FailureKind;
import cco.domain.launch.Aftermath;
import cco.domain.launch.HandOver;
import cco.domain.policy.SessionLocations;
import cco.domain.port.HostFileSystem;
import cco.domain.port.SandboxBackend;
import cco.domain.launch.Launch;
import cco.domain.launch.Preparation;
import cco.domain.mount.MountPlan;
import cco.domain.mount.MountPlanner;
import cco.domain.session.NetworkAccess;
import cco.domain.session.ProgramLocator;
import cco.domain.session.SessionPlan;
import cco.domain.launch.PrivateCopy;
import java.nio.file.Path;
import java.util.List;

/** The native Linux backend: the session runs under bwrap, which replaces cco's launcher. */
public final class BubblewrapSandbox implements SandboxBackend {
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
    public Launch launch(SessionPlan plan, SessionLocations locations, List<PrivateCopy> privateCopies) {
        MountPlan mounts = new MountPlanner(fileSystem, MountPlanner.sources(plan.caches(), privateCopies)).plan(plan.policy());
        Path bwrap = ProgramLocator.locate("bwrap", searchDirectories, ROOT, fileSystem).orElseThrow(() -> new CcoException(
                FailureKind.SANDBOX_UNAVAILABLE, "bwrap is not installed (install bubblewrap, or use --backend docker)"));
        List<String> options = BubblewrapArguments.options(mounts, plan.environment(), locations.project(),
                plan.request().network() == NetworkAccess.HOST);
        List<String> command = BubblewrapArguments.command(plan.agentArgv());
        HandOver handOver = new HandOver(bwrap, options, command,
                new HandOver.InheritedInput(BubblewrapArguments.SECCOMP_FD, SeccompFilter.forArchitecture(osArch)),
                new Aftermath(mounts.placeholders(), mounts.quarantineIfCreated(), plan.policy().writableRoots(), privateCopies));
        return new Launch.HandedOver(handOver, new Preparation(plan.caches(), mounts.agentState(), mounts.placeholders()),
                BubblewrapArguments.invocation(bwrap, options, command));
    }
}
