package cco.domain.policy;

import cco.domain.port.HostFileSystem;
import cco.domain.session.ProgramLocator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The caches and package stores of well-known toolchains, where each tool looks for them (the
 * user's variables honoured: npm_config_cache, PIP_CACHE_DIR, UV_CACHE_DIR, CARGO_HOME, GOPATH,
 * GOMODCACHE, GOCACHE, GRADLE_USER_HOME, maven.repo.local in MAVEN_OPTS, XDG_CACHE_HOME...), each
 * given a store of cco's own ({@code <cache>/cco/toolchains/<name>}). A view is made for a tool
 * whose program is on PATH, or whose cache exists; a missing cache directory of an installed
 * tool is created empty on the host, as the tool's first use would, to mount the store on. For
 * a tool the user does not have, that would leave a trace in $HOME, so there is no view.
 */
public final class ToolchainCaches {
    private static final Pattern MAVEN_REPOSITORY = Pattern.compile("-Dmaven\\.repo\\.local=(\\S+)");

    private record Toolchain(String name, List<String> programs, Function<Locations, Path> path) {
    }

    /** What a cache's default location depends on. */
    private record Locations(Path home, Map<String, String> environment) {
        Path variable(String name, Path fallback) {
            String value = environment.getOrDefault(name, "");
            return value.startsWith("/") ? Path.of(value) : fallback;
        }

        Path xdgCache() {
            return variable("XDG_CACHE_HOME", home.resolve(".cache"));
        }

        Path cargoHome() {
            return variable("CARGO_HOME", home.resolve(".cargo"));
        }

        Path gradleHome() {
            return variable("GRADLE_USER_HOME", home.resolve(".gradle"));
        }

        Path mavenRepository() {
            Matcher matcher = MAVEN_REPOSITORY.matcher(environment.getOrDefault("MAVEN_OPTS", ""));
            return matcher.find() && matcher.group(1).startsWith("/") ? Path.of(matcher.group(1)) : home.resolve(".m2/repository");
        }
    }

    private static final List<Toolchain> TOOLCHAINS = List.of(
            new Toolchain("npm", List.of("npm", "npx"), l -> l.variable("npm_config_cache", l.variable("NPM_CONFIG_CACHE", l.home().resolve(".npm")))),
            new Toolchain("yarn", List.of("yarn"), l -> l.variable("YARN_CACHE_FOLDER", l.xdgCache().resolve("yarn"))),
            new Toolchain("pnpm", List.of("pnpm"), l -> l.home().resolve(".local/share/pnpm/store")),
            new Toolchain("bun", List.of("bun"), l -> l.variable("BUN_INSTALL_CACHE_DIR", l.home().resolve(".bun/install/cache"))),
            new Toolchain("maven", List.of("mvn"), Locations::mavenRepository),
            new Toolchain("gradle-caches", List.of("gradle"), l -> l.gradleHome().resolve("caches")),
            new Toolchain("gradle-wrapper", List.of("gradle"), l -> l.gradleHome().resolve("wrapper")),
            new Toolchain("pip", List.of("pip", "pip3", "python3"), l -> l.variable("PIP_CACHE_DIR", l.xdgCache().resolve("pip"))),
            new Toolchain("uv", List.of("uv"), l -> l.variable("UV_CACHE_DIR", l.xdgCache().resolve("uv"))),
            new Toolchain("cargo-registry", List.of("cargo"), l -> l.cargoHome().resolve("registry")),
            new Toolchain("cargo-git", List.of("cargo"), l -> l.cargoHome().resolve("git")),
            new Toolchain("go-modules", List.of("go"), l -> l.variable("GOMODCACHE", l.variable("GOPATH", l.home().resolve("go")).resolve("pkg/mod"))),
            new Toolchain("go-build", List.of("go"), l -> l.variable("GOCACHE", l.xdgCache().resolve("go-build"))));

    private ToolchainCaches() {
    }

    /** The cache views of this host, their paths resolved as the policy's are, each with its store below {@code stores}. */
    public static List<CacheView> of(Path home, Map<String, String> environment, Path stores, HostFileSystem fileSystem,
            Function<Path, Path> resolve) {
        Locations locations = new Locations(home, environment);
        String searchPath = environment.get("PATH");
        List<CacheView> views = new ArrayList<>();
        for (Toolchain toolchain : TOOLCHAINS) {
            Path typed = toolchain.path().apply(locations);
            boolean installed = toolchain.programs().stream()
                    .anyMatch(program -> ProgramLocator.locate(program, searchPath, home, fileSystem).isPresent());
            if (installed || fileSystem.realPath(typed).isPresent()) {
                views.add(new CacheView(toolchain.name(), resolve.apply(typed), stores.resolve(toolchain.name())));
            }
        }
        return views;
    }

    /** Where cco keeps the stores: $XDG_CACHE_HOME/cco/toolchains, or ~/.cache/cco/toolchains. */
    public static Path stores(Path home, Map<String, String> environment) {
        return new Locations(home, environment).xdgCache().resolve("cco/toolchains");
    }
}
