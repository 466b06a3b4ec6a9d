package cco.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the real toolchains download and build inside, into cco's stores, while the host's
 * own caches stay byte for byte as they were, and a second session reuses what the first one
 * downloaded (offline). The registries are the real ones (npm, Maven Central); PyPI is not
 * reachable from these machines, so pip installs a wheel the test makes.
 */
class ToolchainCachesTest extends OnHost {
    /** A listing with a checksum of every file, to compare a host cache before and after. */
    private static final String FINGERPRINT = "cd \"$1\" && find . -printf '%p %s %m\\n' | sort && find . -type f -exec sha256sum {} + | sort";

    @BeforeEach
    void registries() {
        System.getenv().entrySet().stream()
                .filter(entry -> entry.getKey().equals("NODE_EXTRA_CA_CERTS") || entry.getKey().toLowerCase().endsWith("_proxy"))
                .forEach(entry -> host.environment.put(entry.getKey(), entry.getValue()));
    }

    private String fingerprint(Path directory) throws Exception {
        Host.Result result = host.run(host.root, null, "sh", "-c", FINGERPRINT, "sh", directory.toString());
        assertEquals(0, result.exitCode(), result.toString());
        return result.out();
    }

    @Test
    void npxAndNpmInstallWorkAndTheHostsCacheIsNeverWritten() throws Exception {
        Path hostCache = host.write(host.home.resolve(".npm/_cacache/index-v5/host-entry"), "host's own\n");
        host.asUnprivilegedUser();
        String before = fingerprint(hostCache.getParent().getParent().getParent());
        Host.Result first = host.sandboxed("npx -y cowsay hi 2>/dev/null | grep -c hi; npm init -y >/dev/null && npm install -s left-pad && ls node_modules");
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals("1\nleft-pad\n", first.out(), first.toString());
        assertEquals(before, fingerprint(host.home.resolve(".npm")), "the host's ~/.npm is byte for byte as it was");
        Host.Result second = host.sandboxed("npx --offline -y cowsay again 2>/dev/null | grep -c again");
        assertEquals("1\n", second.out(), "the second session runs it from the first one's download, offline: " + second);
        Host.Result bare = host.unsandboxed("npx --offline -y cowsay again 2>/dev/null | grep -c again");
        assertNotEquals("1\n", bare.out(), "positive control: the host's own cache does not have it, so offline it fails there");
        Host.Result dryRun = host.cco("--dry-run", "--command", "true");
        assertTrue(dryRun.out().contains("cache:       " + host.home.resolve(".npm") + "  (npm; writes go to "), dryRun.toString());
    }

    /** PyPI itself is not reachable here: the package is a wheel the test makes, from a local directory pip does not cache. */
    @Test
    void pipInAVenvWorksWithAWritableCacheAndTheHostsCacheIsNeverWritten() throws Exception {
        Path hostCache = host.write(host.home.resolve(".cache/pip/http-v2/host-entry"), "host's own\n");
        Path wheels = Files.createDirectories(host.root.resolve("wheels"));
        assertEquals(0, host.run(wheels, null, "python3", "-c", """
                import zipfile
                with zipfile.ZipFile("ccotest-1.0-py3-none-any.whl", "w") as wheel:
                    wheel.writestr("ccotest/__init__.py", "NAME = 'ccotest'\\n")
                    info = "ccotest-1.0.dist-info/"
                    wheel.writestr(info + "METADATA", "Metadata-Version: 2.1\\nName: ccotest\\nVersion: 1.0\\n")
                    wheel.writestr(info + "WHEEL", "Wheel-Version: 1.0\\nGenerator: cco-test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
                    wheel.writestr(info + "RECORD", "ccotest/__init__.py,,\\n" + info + "METADATA,,\\n" + info + "WHEEL,,\\n" + info + "RECORD,,\\n")
                """).exitCode());
        host.asUnprivilegedUser();
        String before = fingerprint(hostCache.getParent().getParent());
        Host.Result install = host.sandboxed("""
                python3 -m venv .venv && .venv/bin/pip install -q --no-index --find-links WHEELS ccotest \\
                  && .venv/bin/python -c 'import ccotest; print(ccotest.NAME)' && echo kept > "$(.venv/bin/pip cache dir)/from-session-1" """
                .replace("WHEELS", wheels.toString()));
        assertEquals("ccotest\n", install.out(), install.toString());
        assertEquals(before, fingerprint(host.home.resolve(".cache/pip")), "the host's pip cache is byte for byte as it was");
        Host.Result second = host.sandboxed("cat \"$(python3 -m pip cache dir 2>/dev/null || echo ~/.cache/pip)/from-session-1\"");
        assertEquals("kept\n", second.out(), "the next session sees the first one's cache: " + second);
    }

    @Test
    void mavenBuildsAProjectAndTheSecondSessionBuildsItOffline() throws Exception {
        host.write(host.project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>test</groupId><artifactId>small</artifactId><version>1</version>
                  <properties><maven.compiler.source>17</maven.compiler.source><maven.compiler.target>17</maven.compiler.target></properties>
                </project>""");
        host.write(host.project.resolve("src/main/java/Small.java"), "class Small {}\n");
        Path hostRepository = host.write(host.home.resolve(".m2/repository/host-entry"), "host's own\n").getParent();
        host.asUnprivilegedUser();
        // Maven takes ~ from the password database (nobody's is /nonexistent): point it at $HOME, as for any user.
        host.environment.put("MAVEN_OPTS", "-Duser.home=" + host.home);
        String before = fingerprint(hostRepository);
        Host.Result online = host.sandboxed("mvn -B -q -Dstyle.color=never compile >/dev/null && ls target/classes");
        assertEquals("Small.class\n", online.out(), online.toString());
        assertEquals(before, fingerprint(hostRepository), "the host's repository is byte for byte as it was");
        Host.Result offline = host.sandboxed("rm -rf target && mvn -B -q -o -Dstyle.color=never compile >/dev/null && ls target/classes");
        assertEquals("Small.class\n", offline.out(), "the second session builds from the first one's downloads, offline: " + offline);
    }

    @Test
    void anMcpServerThatClaudeStartsWithNpxAnswersInsideASession() throws Exception {
        assertEquals(0, host.unsandboxed("command -v claude").exitCode(), "claude must be installed");
        // In the project: npx links a local package into its cache and makes its program executable there.
        Path server = host.write(host.project.resolve("tools/mcp/server.js"), """
                #!/usr/bin/env node
                const rl = require('readline').createInterface({ input: process.stdin });
                const send = (id, result) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, result }) + '\\n');
                rl.on('line', (line) => {
                  const m = JSON.parse(line);
                  if (m.id === undefined) return;
                  if (m.method === 'initialize') send(m.id, { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} },
                      serverInfo: { name: 'cco-test', version: '1.0.0' } });
                  else if (m.method === 'tools/list') send(m.id, { tools: [] });
                  else send(m.id, {});
                });
                """);
        Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
        host.write(server.resolveSibling("package.json"), "{\"name\":\"cco-test-mcp\",\"version\":\"1.0.0\",\"bin\":{\"cco-test-mcp\":\"server.js\"}}\n");
        host.asUnprivilegedUser();
        host.environment.put("DISABLE_AUTOUPDATER", "1");
        host.environment.put("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        // npx installs the package on its first start, which may take longer than Claude's connection check allows.
        Host.Result result = host.cco("-e", "MCP_TIMEOUT=60000", "shell", "echo '{}' | npx -y file:" + server.getParent() + " >/dev/null 2>&1;"
                + " claude mcp add -s local tiny -- npx -y file:" + server.getParent() + " >/dev/null && claude mcp list 2>&1 | grep '^tiny'");
        assertTrue(result.out().contains("Connected"), "the server answered Claude inside the sandbox: " + result);
    }

    /** What a second review found: a store replaced by a link (by an earlier session that could write $HOME) is never mounted. */
    @Test
    void aStoreThatIsALinkStopsTheSessionInsteadOfOpeningItsTarget() throws Exception {
        host.write(host.home.resolve(".bashrc"), "# host bashrc\n");
        Path stores = Files.createDirectories(host.home.resolve(".cache/cco/toolchains"));
        Files.createSymbolicLink(stores.resolve("npm"), host.home);
        host.asUnprivilegedUser();
        Host.Result planted = host.sandboxed("echo 'echo PWNED' >> ~/.npm/.bashrc; echo ran");
        assertEquals(125, planted.exitCode(), planted.toString());
        assertTrue(planted.err().contains("cache store") && planted.err().contains("symbolic link"), planted.toString());
        assertEquals("# host bashrc\n", Files.readString(host.home.resolve(".bashrc")));
        Files.delete(stores.resolve("npm"));
        Host.Result control = host.sandboxed("touch ~/.npm/written && echo ran");
        assertEquals("ran\n", control.out(), "positive control: with the link gone, the store is made and mounted: " + control);
        assertTrue(Files.exists(stores.resolve("npm/written")) && !Files.exists(host.home.resolve(".npm/written")), control.toString());
    }
}
