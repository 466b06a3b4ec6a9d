package cco.adapter.bubblewrap;

import cco.domain.backend.Availability;
import cco.domain.backend.BackendKind;
import cco.domain.port.BackendProbe;
import cco.domain.port.HostFileSystem;
import cco.domain.session.ProgramLocator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Checks that bubblewrap is installed and can really build a sandbox for this user: it starts
 * a minimal one with the namespaces cco uses, because user-namespace restrictions only show
 * when a namespace is created.
 */
public final class BubblewrapProbe implements BackendProbe {
    private static final long TIMEOUT_SECONDS = 10;

    private static final Path ROOT = Path.of("/");

    private final HostFileSystem fileSystem;
    private final String searchDirectories;
    private final ProbeCache cache;

    BubblewrapProbe(HostFileSystem fileSystem, String searchDirectories, ProbeCache cache) {
        this.fileSystem = fileSystem;
        this.searchDirectories = searchDirectories;
        this.cache = cache;
    }

    /**
     * Looks for bwrap in the system directories, then in the absolute entries of $PATH, and
     * remembers a successful trial in the user's cache directory.
     */
    public static BubblewrapProbe searching(HostFileSystem fileSystem, String pathVariable, String xdgCacheHome, Path home) {
        return new BubblewrapProbe(fileSystem, ExecutableSearch.systemThenPath(pathVariable), ProbeCache.forUser(xdgCacheHome, home));
    }

    @Override
    public BackendKind kind() {
        return BackendKind.BUBBLEWRAP;
    }

    @Override
    public Availability check() {
        Optional<Path> bwrap = ProgramLocator.locate("bwrap", searchDirectories, ROOT, fileSystem);
        if (bwrap.isEmpty()) {
            return new Availability.Unusable("bwrap is not installed (not found in " + searchDirectories + ")",
                    "install bubblewrap, for example 'sudo apt-get install bubblewrap'");
        }
        Optional<Path> trueProgram = ProgramLocator.locate("true", ExecutableSearch.SYSTEM_DIRECTORIES, ROOT, fileSystem);
        if (trueProgram.isEmpty()) {
            return new Availability.Unusable("no /usr/bin/true to test bwrap with", "install coreutils");
        }
        for (String helper : BubblewrapArguments.HELPERS) {
            if (!fileSystem.isExecutableFile(Path.of(helper))) {
                return new Availability.Unusable("no " + helper + ", which the sandbox runs before the agent",
                        "install util-linux and coreutils 8.31 or newer");
            }
        }
        String cacheKey = ProbeCache.key(bwrap.get(), readKernelSettings(), System.getProperty("user.name"));
        if (!cacheKey.isEmpty() && cache.confirms(cacheKey)) {
            return new Availability.Usable(bwrap.get().toString());
        }
        List<String> trial = new ArrayList<>(List.of(bwrap.get().toString()));
        trial.addAll(BubblewrapArguments.NAMESPACES);
        trial.addAll(List.of("--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--"));
        trial.addAll(BubblewrapArguments.command(List.of(trueProgram.get().toString())));
        try {
            Process process = new ProcessBuilder(trial)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Availability.Unusable("bwrap did not finish a trial sandbox within " + TIMEOUT_SECONDS + " s",
                        "check the system load and bwrap's installation, or use --backend docker");
            }
            String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() == 0) {
                cache.remember(cacheKey);
                return new Availability.Usable(bwrap.get().toString());
            }
            return UserNamespaceDiagnosis.diagnose(error, readKernelSettings());
        } catch (IOException e) {
            return new Availability.Unusable("bwrap could not be started: " + e.getMessage(),
                    "reinstall bubblewrap, or use --backend docker");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability.Unusable("interrupted while testing bwrap", "run cco again");
        }
    }

    private static KernelSettings readKernelSettings() {
        return new KernelSettings(
                KernelSettings.read(KernelSettings.MAX_USER_NAMESPACES),
                KernelSettings.read(KernelSettings.UNPRIVILEGED_USERNS_CLONE),
                KernelSettings.read(KernelSettings.APPARMOR_RESTRICT));
    }
}
