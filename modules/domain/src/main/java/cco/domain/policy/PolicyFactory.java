package cco.domain.policy;

import cco.domain.agent.AgentProfile;
import cco.domain.failure.CcoException;
import cco.domain.path.HostPathResolver;
import cco.domain.port.HostFileSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the isolation policy of a session from the user's path options. Rules are added from
 * the broadest to the most deliberate, so that for the same path the later one wins: host base,
 * private /tmp, project, the user's shares, what stays protected inside writable roots (code the
 * host runs, secrets), the agents' homes, cco's own files, denied paths.
 */
public final class PolicyFactory {
    static final List<Path> SYSTEM_DIRECTORIES = List.of(
            "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/opt", "/nix")
            .stream().map(Path::of).toList();
    private static final Path ROOT = Path.of("/");
    private static final Path TMP = Path.of("/tmp");
    private static final Path RUN = Path.of("/run");

    private final HostPathResolver resolver;
    private final HostFileSystem fileSystem;
    private final AgentHomes agentHomes;

    public PolicyFactory(HostPathResolver resolver, HostFileSystem fileSystem) {
        this.resolver = resolver;
        this.fileSystem = fileSystem;
        this.agentHomes = new AgentHomes(fileSystem);
    }

    /** @param credentialsCopied the session's agent works on a private copy of its credentials (--allow-oauth-refresh) */
    public IsolationPolicy create(PathOptions options, SessionLocations locations, Optional<AgentProfile> agentState, boolean credentialsCopied,
            boolean shareDockerSocket, List<CacheView> caches) {
        if (locations.project().equals(ROOT)) {
            throw CcoException.usage("refusing to use / as the project directory: run cco from a project directory");
        }
        Map<Path, PathRule> shares = resolveShares(options);
        List<PathRule> denials = resolveDenials(options, shares, locations.project());

        PathRule project = PathRule.existing(locations.project(), Access.READ_WRITE, RuleOrigin.PROJECT);
        List<PathRule> projectAndShares = new ArrayList<>(List.of(project));
        projectAndShares.addAll(shares.values());
        List<Path> writableRoots = IsolationPolicy.writableRoots(projectAndShares);

        List<PathRule> rules = new ArrayList<>(hostBase(options.safe(), locations.home()));
        rules.add(PathRule.existing(RUN, Access.DENIED, RuleOrigin.HOST_SOCKETS));
        locations.resolverConfiguration().ifPresent(file -> rules.add(PathRule.existing(file, Access.READ_ONLY, RuleOrigin.NAME_RESOLUTION)));
        rules.add(PathRule.existing(TMP, Access.PRIVATE, RuleOrigin.PRIVATE_TMP));
        locations.runtimeDirectory().ifPresent(dir -> rules.add(PathRule.existing(dir, Access.PRIVATE, RuleOrigin.HOST_SOCKETS)));
        rules.addAll(projectAndShares);
        rules.addAll(protectedWithinWritableRoots(writableRoots));
        UnaryOperator<Path> real = new RealLocations(fileSystem);
        rules.addAll(HomeCodeLocations.withinWritableRoots(locations.home(), writableRoots, real));
        rules.addAll(SecretLocations.withinWritableRoots(locations.home(), writableRoots, real));
        rules.addAll(agentHomes.rules(locations, agentState, credentialsCopied, writableRoots));
        caches.forEach(cache -> rules.add(PathRule.evenIfMissing(cache.path(), Access.PRIVATE, RuleOrigin.TOOLCHAIN_CACHE, WhenMissing.DIRECTORY)));
        // cco's stores themselves: seen only where they are mounted, never writable as they are (a link planted there would be mounted next time).
        caches.stream().map(cache -> cache.store().getParent()).distinct()
                .forEach(stores -> rules.add(PathRule.existing(stores, Access.DENIED, RuleOrigin.CCO_STATE)));
        locations.installation().ifPresent(dir -> rules.add(PathRule.existing(dir, Access.READ_ONLY, RuleOrigin.CCO_INSTALLATION)));
        locations.ccoState().ifPresent(dir -> rules.add(PathRule.existing(dir, Access.DENIED, RuleOrigin.CCO_STATE)));
        // A configuration written in a session would widen the next one: read-only where a writable root holds it, before it exists too.
        locations.ccoConfiguration().map(real).filter(dir -> HomeCodeLocations.within(dir, writableRoots))
                .ifPresent(dir -> rules.add(PathRule.evenIfMissing(dir, Access.READ_ONLY, RuleOrigin.CCO_CONFIGURATION, WhenMissing.DIRECTORY)));
        // Backups hold every agent's credentials, old ones too: never read in a session, and never planted where a writable root
        // holds them, for a later restore-creds to take.
        locations.credentialBackups().map(real).ifPresent(dir -> rules.add(HomeCodeLocations.within(dir, writableRoots)
                ? PathRule.evenIfMissing(dir, Access.DENIED, RuleOrigin.CCO_CREDENTIAL_BACKUPS, WhenMissing.DIRECTORY)
                : PathRule.existing(dir, Access.DENIED, RuleOrigin.CCO_CREDENTIAL_BACKUPS)));
        if (shareDockerSocket) {
            locations.dockerSocket().ifPresent(socket -> rules.add(PathRule.existing(socket, Access.READ_WRITE, RuleOrigin.DOCKER_SOCKET)));
        }
        rules.addAll(denials);
        return new IsolationPolicy(rules);
    }

    private static List<PathRule> hostBase(boolean safe, Path home) {
        if (!safe) {
            List<PathRule> base = new ArrayList<>();
            base.add(PathRule.existing(ROOT, Access.READ_ONLY, RuleOrigin.HOST));
            base.addAll(SecretLocations.rules(home));
            return base;
        }
        List<PathRule> base = new ArrayList<>();
        base.add(PathRule.existing(ROOT, Access.DENIED, RuleOrigin.HIDDEN_BY_SAFE));
        SYSTEM_DIRECTORIES.forEach(dir -> base.add(PathRule.existing(dir, Access.READ_ONLY, RuleOrigin.SYSTEM)));
        base.add(PathRule.existing(home, Access.DENIED, RuleOrigin.HIDDEN_BY_SAFE));
        return base;
    }

    private Map<Path, PathRule> resolveShares(PathOptions options) {
        Map<Path, PathRule> shares = new LinkedHashMap<>();
        for (String value : options.addDirs()) {
            AddDirSpec spec = AddDirSpec.parse(value);
            Path path = resolver.existing(spec.typedPath(), "--add-dir");
            if (!resolver.isDirectory(path)) {
                throw CcoException.usage("--add-dir: not a directory: " + spec.typedPath()
                        + " (use --allow-readonly to share a file)");
            }
            addShare(shares, PathRule.existing(path, spec.access(), RuleOrigin.ADD_DIR));
        }
        for (String value : options.readOnlyPaths()) {
            Path path = resolver.existing(value, "--allow-readonly");
            addShare(shares, PathRule.existing(path, Access.READ_ONLY, RuleOrigin.ALLOW_READONLY));
        }
        return shares;
    }

    private static void addShare(Map<Path, PathRule> shares, PathRule share) {
        PathRule earlier = shares.putIfAbsent(share.path(), share);
        if (earlier != null && earlier.access() != share.access()) {
            throw CcoException.usage("contradictory options: " + share.path() + " is shared both "
                    + earlier.access().label() + " and " + share.access().label());
        }
    }

    private List<PathRule> resolveDenials(PathOptions options, Map<Path, PathRule> shares, Path project) {
        List<PathRule> denials = new ArrayList<>();
        for (String value : options.deniedPaths()) {
            Path path = resolver.possiblyMissing(value, "--deny-path");
            if (shares.containsKey(path)) {
                throw CcoException.usage("contradictory options: " + path + " is both shared ("
                        + shares.get(path).origin().description() + ") and denied (--deny-path)");
            }
            if (path.equals(project)) {
                throw CcoException.usage("contradictory options: --deny-path " + value + " would hide the project directory");
            }
            denials.add(PathRule.evenIfMissing(path, Access.DENIED, RuleOrigin.DENY_PATH, WhenMissing.EMPTY_FILE));
        }
        return denials;
    }

    private List<PathRule> protectedWithinWritableRoots(List<Path> writableRoots) {
        List<PathRule> rules = new ArrayList<>();
        for (Path root : writableRoots) {
            Path git = root.resolve(".git");
            boolean gitFile = fileSystem.realPath(git).isPresent() && !fileSystem.isDirectory(git);
            rules.addAll(gitFile ? ProtectedPaths.withinCheckoutWithGitFile(root) : ProtectedPaths.within(root));
            fileSystem.nestedGitDirectories(root).forEach(gitDirectory -> rules.addAll(ProtectedPaths.ofGitDirectory(gitDirectory)));
        }
        return rules;
    }
}
