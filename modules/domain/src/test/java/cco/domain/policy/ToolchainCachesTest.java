package cco.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cco.domain.path.FakeHostFileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolchainCachesTest {
    private static final Path HOME = Path.of("/home/ada");
    private static final Path STORES = Path.of("/home/ada/.cache/cco/toolchains");

    private static List<String> views(FakeHostFileSystem fs, Map<String, String> environment) {
        return ToolchainCaches.of(HOME, environment, STORES, fs, path -> path).stream()
                .map(view -> view.toolchain() + " " + view.path() + " " + view.store()).toList();
    }

    @Test
    void installedToolsGetAViewOfTheirDefaultCacheWithAStoreEach() {
        FakeHostFileSystem fs = new FakeHostFileSystem().executable("/usr/bin/npm").executable("/usr/bin/go").directory("/home/ada");
        assertEquals(List.of("npm /home/ada/.npm /home/ada/.cache/cco/toolchains/npm",
                "go-modules /home/ada/go/pkg/mod /home/ada/.cache/cco/toolchains/go-modules",
                "go-build /home/ada/.cache/go-build /home/ada/.cache/cco/toolchains/go-build"), views(fs, Map.of("PATH", "/usr/bin")));
    }

    @Test
    void theUsersVariablesAreHonoured() {
        FakeHostFileSystem fs = new FakeHostFileSystem().executable("/usr/bin/npm").executable("/usr/bin/cargo").executable("/usr/bin/mvn")
                .executable("/usr/bin/pip");
        assertEquals(List.of("npm /data/npm /home/ada/.cache/cco/toolchains/npm",
                "maven /data/m2 /home/ada/.cache/cco/toolchains/maven",
                "pip /xdg/pip /home/ada/.cache/cco/toolchains/pip",
                "cargo-registry /data/cargo/registry /home/ada/.cache/cco/toolchains/cargo-registry",
                "cargo-git /data/cargo/git /home/ada/.cache/cco/toolchains/cargo-git"),
                views(fs, Map.of("PATH", "/usr/bin", "npm_config_cache", "/data/npm", "CARGO_HOME", "/data/cargo", "XDG_CACHE_HOME", "/xdg",
                        "MAVEN_OPTS", "-Xmx1g -Dmaven.repo.local=/data/m2")));
    }

    @Test
    void aToolThatIsNotThereGetsNoViewUnlessItsCacheIs() {
        FakeHostFileSystem fs = new FakeHostFileSystem().directory("/home/ada/.cache/uv");
        assertEquals(List.of("uv /home/ada/.cache/uv /home/ada/.cache/cco/toolchains/uv"), views(fs, Map.of("PATH", "/usr/bin")));
    }
}
